/* fault-shim.c — an LD_PRELOAD library that makes file I/O fail on demand
 *
 * Armed from the environment when the process starts:
 *
 *   KASUS_FAULT=FUNC:N:ERRNO   e.g. write:1:ENOSPC, fsync:1:EIO, rename:1:EIO
 *
 * makes the Nth call of FUNC fail with ERRNO, and every later call too when
 * N is prefixed with '+' (write:+1:ENOSPC: the disk is full from then on).
 * FUNC is write (also pwrite, writev), fsync (also fdatasync) or rename
 * (also renameat, renameat2). Only writes to regular files count, so
 * output on stdout, stderr, pipes and sockets goes through.
 *
 * In-process tests arm it with kasus_fault_arm(), found with dlsym().
 *
 * Copyright 2026 The Kasus authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
/* Both pwrite and pwrite64 are wrapped: see them as two functions. */
#undef _FILE_OFFSET_BITS
#define _GNU_SOURCE 1

#include <dlfcn.h>
#include <errno.h>
#include <fcntl.h>
#include <stdatomic.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <sys/types.h>
#include <sys/uio.h>
#include <unistd.h>

enum
{
  F_NONE,
  F_WRITE,
  F_FSYNC,
  F_RENAME
};

static atomic_int armed_func;
static atomic_int armed_nth;
static atomic_int armed_repeat;
static atomic_int armed_errno;
static atomic_int calls;
static atomic_int failures;

/* Exported for in-process tests. func: "write", "fsync", "rename" or NULL
 * to disarm. Returns 0, or -1 for an unknown func. */
int kasus_fault_arm (const char *func, int nth, int repeat, int err);
int kasus_fault_failures (void);

int
kasus_fault_arm (const char *func, int nth, int repeat, int err)
{
  int f = F_NONE;

  if (func == NULL)
    f = F_NONE;
  else if (strcmp (func, "write") == 0)
    f = F_WRITE;
  else if (strcmp (func, "fsync") == 0)
    f = F_FSYNC;
  else if (strcmp (func, "rename") == 0)
    f = F_RENAME;
  else
    return -1;

  atomic_store (&armed_func, F_NONE);
  atomic_store (&calls, 0);
  atomic_store (&failures, 0);
  atomic_store (&armed_nth, nth);
  atomic_store (&armed_repeat, repeat);
  atomic_store (&armed_errno, err);
  atomic_store (&armed_func, f);
  return 0;
}

int
kasus_fault_failures (void)
{
  return atomic_load (&failures);
}

__attribute__ ((constructor)) static void
arm_from_environment (void)
{
  const char *spec = getenv ("KASUS_FAULT");
  char        func[16];
  char        nth[16];
  char        err[16];
  int         e;

  if (spec == NULL || *spec == '\0')
    return;
  if (sscanf (spec, "%15[^:]:%15[^:]:%15s", func, nth, err) != 3)
    {
      fprintf (stderr, "fault-shim: cannot parse KASUS_FAULT=%s\n", spec);
      return;
    }
  if (strcmp (err, "ENOSPC") == 0)
    e = ENOSPC;
  else if (strcmp (err, "EIO") == 0)
    e = EIO;
  else if (strcmp (err, "EDQUOT") == 0)
    e = EDQUOT;
  else if (strcmp (err, "EACCES") == 0)
    e = EACCES;
  else
    e = atoi (err);
  kasus_fault_arm (func, atoi (nth[0] == '+' ? nth + 1 : nth), nth[0] == '+', e);
}

/* TRUE when this call of func is to fail. */
static int
should_fail (int func)
{
  int n;

  if (atomic_load (&armed_func) != func)
    return 0;
  n = atomic_fetch_add (&calls, 1) + 1;
  if (n == atomic_load (&armed_nth) ||
      (atomic_load (&armed_repeat) && n > atomic_load (&armed_nth)))
    {
      atomic_fetch_add (&failures, 1);
      errno = atomic_load (&armed_errno);
      return 1;
    }
  return 0;
}

static int
is_regular (int fd)
{
  struct stat st;

  return fstat (fd, &st) == 0 && S_ISREG (st.st_mode);
}

#define NEXT(name)                                                                                 \
  static __typeof__ (name) *next_##name;                                                           \
  if (next_##name == NULL)                                                                         \
  next_##name = (__typeof__ (name) *) dlsym (RTLD_NEXT, #name)

ssize_t
write (int fd, const void *buf, size_t count)
{
  NEXT (write);
  if (atomic_load (&armed_func) == F_WRITE && is_regular (fd) && should_fail (F_WRITE))
    return -1;
  return next_write (fd, buf, count);
}

ssize_t
pwrite (int fd, const void *buf, size_t count, off_t offset)
{
  NEXT (pwrite);
  if (atomic_load (&armed_func) == F_WRITE && is_regular (fd) && should_fail (F_WRITE))
    return -1;
  return next_pwrite (fd, buf, count, offset);
}

ssize_t
pwrite64 (int fd, const void *buf, size_t count, off64_t offset)
{
  NEXT (pwrite64);
  if (atomic_load (&armed_func) == F_WRITE && is_regular (fd) && should_fail (F_WRITE))
    return -1;
  return next_pwrite64 (fd, buf, count, offset);
}

ssize_t
writev (int fd, const struct iovec *iov, int iovcnt)
{
  NEXT (writev);
  if (atomic_load (&armed_func) == F_WRITE && is_regular (fd) && should_fail (F_WRITE))
    return -1;
  return next_writev (fd, iov, iovcnt);
}

int
fsync (int fd)
{
  NEXT (fsync);
  if (should_fail (F_FSYNC))
    return -1;
  return next_fsync (fd);
}

int
fdatasync (int fd)
{
  NEXT (fdatasync);
  if (should_fail (F_FSYNC))
    return -1;
  return next_fdatasync (fd);
}

int
rename (const char *from, const char *to)
{
  NEXT (rename);
  if (should_fail (F_RENAME))
    return -1;
  return next_rename (from, to);
}

int
renameat (int from_dir, const char *from, int to_dir, const char *to)
{
  NEXT (renameat);
  if (should_fail (F_RENAME))
    return -1;
  return next_renameat (from_dir, from, to_dir, to);
}

int
renameat2 (int from_dir, const char *from, int to_dir, const char *to, unsigned int flags)
{
  NEXT (renameat2);
  if (should_fail (F_RENAME))
    return -1;
  return next_renameat2 (from_dir, from, to_dir, to, flags);
}
