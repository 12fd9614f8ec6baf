/* kasus-test-pdf-util.c — what the PDF tests read back with poppler
 *
 * Copyright 2026 The Kasus authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "kasus-test"

#include "kasus-test-pdf-util.h"

static void
clear_entry (gpointer data)
{
  KasusTestOutlineEntry *entry = data;

  g_clear_pointer (&entry->title, g_free);
}

/* The top level of the document's outline, in order: each entry's title
 * and the page it goes to. */
GArray *
kasus_test_pdf_outline (PopplerDocument *doc)
{
  GArray           *out = g_array_new (FALSE, FALSE, sizeof (KasusTestOutlineEntry));
  PopplerIndexIter *iter = poppler_index_iter_new (doc);

  g_array_set_clear_func (out, clear_entry);
  if (iter == NULL)
    return out;

  do
    {
      PopplerAction        *action = poppler_index_iter_get_action (iter);
      KasusTestOutlineEntry entry = { NULL, -1 };

      if (action->type == POPPLER_ACTION_GOTO_DEST)
        {
          PopplerDest *dest = action->goto_dest.dest;

          entry.title = g_strdup (action->goto_dest.title);
          if (dest->type == POPPLER_DEST_NAMED)
            {
              PopplerDest *named = poppler_document_find_dest (doc, dest->named_dest);

              entry.page = named ? named->page_num : -1;
              if (named)
                poppler_dest_free (named);
            }
          else
            entry.page = dest->page_num;
        }
      g_array_append_val (out, entry);
      poppler_action_free (action);
    }
  while (poppler_index_iter_next (iter));

  poppler_index_iter_free (iter);
  return out;
}
