/* kasus-culling-bin.c — a scrolled window's content that paints only
 * what is in view
 *
 * The editor shows the whole case on one long page, each section a text
 * view as tall as its text. GTK snapshots a widget whole, so a keystroke
 * gave the renderer every line of the case to draw, most of it out of
 * view: the Cairo renderer of GTK 4.8 draws every text node it is given
 * and only then clips. This bin sits between the scrolled window's
 * viewport and the page and hands on only the render nodes near the part
 * in view (a screen above and below it); the widgets, their sizes, focus
 * and scrolling stay as they are. When scrolling leaves that band, the
 * bin paints itself again from the nodes its children have cached.
 *
 * Copyright 2026 The Kasus authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "kasus-culling-bin"

#include "config.h"

#include "kasus-culling-bin.h"

struct _KasusCullingBin
{
  GtkWidget parent_instance;

  GtkWidget     *child;
  GtkAdjustment *vadjustment; /* of the scrolled window, while mapped */

  /* What the last snapshot kept, in the bin's coordinates. */
  double   culled_top;
  double   culled_bottom;
  gboolean culled;
};

enum
{
  PROP_0,
  PROP_CHILD,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

G_DEFINE_FINAL_TYPE (KasusCullingBin, kasus_culling_bin, GTK_TYPE_WIDGET)

/* node without what lies wholly outside rect; NULL when nothing is left. */
static GskRenderNode *
cull_node (GskRenderNode *node, const graphene_rect_t *rect)
{
  graphene_rect_t bounds;

  gsk_render_node_get_bounds (node, &bounds);
  if (!graphene_rect_intersection (&bounds, rect, NULL))
    return NULL;
  if (graphene_rect_contains_rect (rect, &bounds))
    return gsk_render_node_ref (node);

  switch ((int) gsk_render_node_get_node_type (node))
    {
      case GSK_CONTAINER_NODE:
        {
          guint                 n = gsk_container_node_get_n_children (node);
          g_autoptr (GPtrArray) kept =
            g_ptr_array_new_full (n, (GDestroyNotify) gsk_render_node_unref);
          gboolean       same = TRUE;
          GskRenderNode *result;

          for (guint i = 0; i < n; i++)
            {
              GskRenderNode *child = gsk_container_node_get_child (node, i);
              GskRenderNode *culled = cull_node (child, rect);

              if (culled != child)
                same = FALSE;
              if (culled != NULL)
                g_ptr_array_add (kept, culled);
            }
          if (same)
            return gsk_render_node_ref (node);
          if (kept->len == 0)
            return NULL;
          result = gsk_container_node_new ((GskRenderNode **) kept->pdata, kept->len);
          return result;
        }

      case GSK_TRANSFORM_NODE:
        {
          GskTransform   *transform = gsk_transform_node_get_transform (node);
          GskRenderNode  *child = gsk_transform_node_get_child (node);
          GskRenderNode  *culled;
          graphene_rect_t inner;
          float           dx, dy;

          if (gsk_transform_get_category (transform) < GSK_TRANSFORM_CATEGORY_2D_TRANSLATE)
            return gsk_render_node_ref (node);
          gsk_transform_to_translate (transform, &dx, &dy);
          graphene_rect_offset_r (rect, -dx, -dy, &inner);
          culled = cull_node (child, &inner);
          if (culled == NULL)
            return NULL;
          if (culled == child)
            {
              gsk_render_node_unref (culled);
              return gsk_render_node_ref (node);
            }
          node = gsk_transform_node_new (culled, transform);
          gsk_render_node_unref (culled);
          return node;
        }

      case GSK_CLIP_NODE:
      case GSK_ROUNDED_CLIP_NODE:
      case GSK_DEBUG_NODE:
        {
          GskRenderNodeType type = gsk_render_node_get_node_type (node);
          GskRenderNode    *child;
          GskRenderNode    *culled;
          GskRenderNode    *result;

          if (type == GSK_CLIP_NODE)
            child = gsk_clip_node_get_child (node);
          else if (type == GSK_ROUNDED_CLIP_NODE)
            child = gsk_rounded_clip_node_get_child (node);
          else
            child = gsk_debug_node_get_child (node);
          culled = cull_node (child, rect);
          if (culled == child)
            {
              gsk_render_node_unref (culled);
              return gsk_render_node_ref (node);
            }
          if (culled == NULL)
            return NULL;
          if (type == GSK_CLIP_NODE)
            result = gsk_clip_node_new (culled, gsk_clip_node_get_clip (node));
          else if (type == GSK_ROUNDED_CLIP_NODE)
            result = gsk_rounded_clip_node_new (culled, gsk_rounded_clip_node_get_clip (node));
          else
            result = gsk_debug_node_new (culled, g_strdup (gsk_debug_node_get_message (node)));
          gsk_render_node_unref (culled);
          return result;
        }

      default:
        return gsk_render_node_ref (node);
    }
}

/* The part of the bin in view, from the scrolled window it is in. */
static gboolean
get_visible_range (KasusCullingBin *self, double *top, double *bottom)
{
  GtkWidget      *scroller = gtk_widget_get_ancestor (GTK_WIDGET (self), GTK_TYPE_SCROLLED_WINDOW);
  graphene_rect_t bounds;

  if (scroller == NULL || !gtk_widget_compute_bounds (scroller, GTK_WIDGET (self), &bounds))
    return FALSE;

  *top = bounds.origin.y;
  *bottom = bounds.origin.y + bounds.size.height;
  return TRUE;
}

static void
kasus_culling_bin_snapshot (GtkWidget *widget, GtkSnapshot *snapshot)
{
  KasusCullingBin *self = KASUS_CULLING_BIN (widget);
  GtkSnapshot     *child_snapshot;
  GskRenderNode   *node, *culled;
  double           top, bottom, margin;

  self->culled = FALSE;
  if (self->child == NULL)
    return;
  if (!get_visible_range (self, &top, &bottom))
    {
      gtk_widget_snapshot_child (widget, self->child, snapshot);
      return;
    }

  /* A screen above and below: short scrolls need no new snapshot. */
  margin = MAX (bottom - top, 256);
  self->culled_top = top - margin;
  self->culled_bottom = bottom + margin;
  self->culled = TRUE;

  child_snapshot = gtk_snapshot_new ();
  gtk_widget_snapshot_child (widget, self->child, child_snapshot);
  node = gtk_snapshot_free_to_node (child_snapshot);
  if (node == NULL)
    return;

  culled = cull_node (node, &GRAPHENE_RECT_INIT (-G_MAXINT / 2, self->culled_top, G_MAXINT,
                                                 self->culled_bottom - self->culled_top));
  if (culled != NULL)
    {
      gtk_snapshot_append_node (snapshot, culled);
      gsk_render_node_unref (culled);
    }
  gsk_render_node_unref (node);
}

/* Scrolled or resized: paints again when what comes into view was left
 * out. The viewport places the bin at minus the adjustment's value. */
static void
adjustment_changed_cb (KasusCullingBin *self, GtkAdjustment *adjustment)
{
  double top = gtk_adjustment_get_value (adjustment);
  double bottom = top + gtk_adjustment_get_page_size (adjustment);

  if (!self->culled)
    return;
  if (!GTK_IS_VIEWPORT (gtk_widget_get_parent (GTK_WIDGET (self))) || top < self->culled_top ||
      bottom > self->culled_bottom)
    {
      self->culled = FALSE;
      gtk_widget_queue_draw (GTK_WIDGET (self));
    }
}

static void
set_vadjustment (KasusCullingBin *self, GtkAdjustment *adjustment)
{
  if (self->vadjustment == adjustment)
    return;
  if (self->vadjustment != NULL)
    g_signal_handlers_disconnect_by_data (self->vadjustment, self);
  g_set_object (&self->vadjustment, adjustment);
  if (adjustment != NULL)
    {
      g_signal_connect_object (adjustment, "value-changed", G_CALLBACK (adjustment_changed_cb),
                               self, G_CONNECT_SWAPPED);
      g_signal_connect_object (adjustment, "changed", G_CALLBACK (adjustment_changed_cb), self,
                               G_CONNECT_SWAPPED);
    }
}

static void
kasus_culling_bin_map (GtkWidget *widget)
{
  KasusCullingBin *self = KASUS_CULLING_BIN (widget);
  GtkWidget       *scroller = gtk_widget_get_ancestor (widget, GTK_TYPE_SCROLLED_WINDOW);

  GTK_WIDGET_CLASS (kasus_culling_bin_parent_class)->map (widget);

  set_vadjustment (
    self, scroller ? gtk_scrolled_window_get_vadjustment (GTK_SCROLLED_WINDOW (scroller)) : NULL);
}

static void
kasus_culling_bin_unmap (GtkWidget *widget)
{
  KasusCullingBin *self = KASUS_CULLING_BIN (widget);

  set_vadjustment (self, NULL);
  self->culled = FALSE;

  GTK_WIDGET_CLASS (kasus_culling_bin_parent_class)->unmap (widget);
}

GtkWidget *
kasus_culling_bin_new (void)
{
  return g_object_new (KASUS_TYPE_CULLING_BIN, NULL);
}

GtkWidget *
kasus_culling_bin_get_child (KasusCullingBin *self)
{
  g_return_val_if_fail (KASUS_IS_CULLING_BIN (self), NULL);

  return self->child;
}

void
kasus_culling_bin_set_child (KasusCullingBin *self, GtkWidget *child)
{
  g_return_if_fail (KASUS_IS_CULLING_BIN (self));
  g_return_if_fail (child == NULL || self->child == child || gtk_widget_get_parent (child) == NULL);

  if (self->child == child)
    return;

  g_clear_pointer (&self->child, gtk_widget_unparent);
  if (child != NULL)
    {
      self->child = child;
      gtk_widget_set_parent (child, GTK_WIDGET (self));
    }

  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_CHILD]);
}

static void
kasus_culling_bin_dispose (GObject *object)
{
  KasusCullingBin *self = KASUS_CULLING_BIN (object);

  set_vadjustment (self, NULL);
  g_clear_pointer (&self->child, gtk_widget_unparent);

  G_OBJECT_CLASS (kasus_culling_bin_parent_class)->dispose (object);
}

static void
kasus_culling_bin_get_property (GObject *object, guint prop_id, GValue *value, GParamSpec *pspec)
{
  KasusCullingBin *self = KASUS_CULLING_BIN (object);

  switch (prop_id)
    {
      case PROP_CHILD:
        g_value_set_object (value, self->child);
        break;

      default:
        G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
kasus_culling_bin_set_property (GObject      *object,
                                guint         prop_id,
                                const GValue *value,
                                GParamSpec   *pspec)
{
  KasusCullingBin *self = KASUS_CULLING_BIN (object);

  switch (prop_id)
    {
      case PROP_CHILD:
        kasus_culling_bin_set_child (self, g_value_get_object (value));
        break;

      default:
        G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
kasus_culling_bin_class_init (KasusCullingBinClass *klass)
{
  GObjectClass   *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = kasus_culling_bin_dispose;
  object_class->get_property = kasus_culling_bin_get_property;
  object_class->set_property = kasus_culling_bin_set_property;

  widget_class->snapshot = kasus_culling_bin_snapshot;
  widget_class->map = kasus_culling_bin_map;
  widget_class->unmap = kasus_culling_bin_unmap;

  properties[PROP_CHILD] = g_param_spec_object ("child", NULL, NULL, GTK_TYPE_WIDGET,
                                                G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_set_css_name (widget_class, "cullingbin");
}

static void
kasus_culling_bin_init (KasusCullingBin *self)
{
}
