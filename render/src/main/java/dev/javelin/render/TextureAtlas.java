package dev.javelin.render;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Many images packed into one {@link Texture}, each reachable by name as a {@link TextureRegion}. Sprites
 * that share an atlas share one draw call. Build one with {@link #builder()}; images are packed in rows
 * (tallest first) with a gap of transparent texels so that linear filtering does not bleed between
 * neighbours. Immutable once built; any thread.
 */
public final class TextureAtlas {

    private final Texture texture;
    private final Map<String, TextureRegion> regions;

    private TextureAtlas(Texture texture, Map<String, TextureRegion> regions) {
        this.texture = texture;
        this.regions = Collections.unmodifiableMap(regions);
    }

    /** A new builder. */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * An atlas over an existing sheet cut into a grid of {@code columns} by {@code rows} equal cells,
     * named in reading order (left to right, top to bottom) by {@code names} (one per cell used).
     */
    public static TextureAtlas grid(Texture sheet, int columns, int rows, String... names) {
        if (columns < 1 || rows < 1 || sheet.width() % columns != 0 || sheet.height() % rows != 0) {
            throw new IllegalArgumentException("a " + sheet.width() + " x " + sheet.height() + " sheet cannot be cut into "
                    + columns + " x " + rows + " equal cells");
        }
        if (names.length > columns * rows) {
            throw new IllegalArgumentException(names.length + " names for " + columns * rows + " cells");
        }
        int cw = sheet.width() / columns;
        int ch = sheet.height() / rows;
        Map<String, TextureRegion> map = new LinkedHashMap<>();
        for (int i = 0; i < names.length; i++) {
            if (map.put(names[i], sheet.region((i % columns) * cw, (i / columns) * ch, cw, ch)) != null) {
                throw new IllegalArgumentException("atlas name '" + names[i] + "' used twice");
            }
        }
        return new TextureAtlas(sheet, map);
    }

    /** The region called {@code name}. */
    public TextureRegion region(String name) {
        TextureRegion r = regions.get(name);
        if (r == null) {
            throw new IllegalArgumentException("no region '" + name + "' in atlas " + texture.name()
                    + "; it has " + regions.keySet());
        }
        return r;
    }

    /** Every region by name, in the order added. */
    public Map<String, TextureRegion> regions() {
        return regions;
    }

    /** The packed texture. */
    public Texture texture() {
        return texture;
    }

    /** Collects named images and packs them into one texture. Not thread-safe. */
    public static final class Builder {
        private final Map<String, Pixels> images = new LinkedHashMap<>();
        private int padding = 1;
        private int maxSize = 4096;
        private Texture.Filter filter = Texture.Filter.LINEAR;
        private String name = "atlas";

        private Builder() {
        }

        /** Adds {@code image} as {@code name} (copied at {@link #build()}). */
        public Builder add(String name, Pixels image) {
            if (name == null || image == null) {
                throw new IllegalArgumentException("atlas entry name and image must not be null");
            }
            if (images.putIfAbsent(name, image) != null) {
                throw new IllegalArgumentException("atlas name '" + name + "' used twice");
            }
            return this;
        }

        /** Adds the PNG at {@code classpathPath} as {@code name}. */
        public Builder add(String name, String classpathPath) {
            return add(name, Pixels.load(classpathPath));
        }

        /** Transparent texels between images, 0 to 8; default 1. */
        public Builder padding(int texels) {
            if (texels < 0 || texels > 8) {
                throw new IllegalArgumentException("atlas padding must be within 0..8, was " + texels);
            }
            this.padding = texels;
            return this;
        }

        /** Largest atlas side in texels, 64 to 16384; default 4096. */
        public Builder maxSize(int texels) {
            if (texels < 64 || texels > 16384) {
                throw new IllegalArgumentException("atlas maxSize must be within 64..16384, was " + texels);
            }
            this.maxSize = texels;
            return this;
        }

        /** Sampling filter of the packed texture; default LINEAR. */
        public Builder filter(Texture.Filter filter) {
            this.filter = filter;
            return this;
        }

        /** Name of the packed texture, for errors and logs. */
        public Builder name(String name) {
            this.name = name;
            return this;
        }

        /** Packs every image added; fails naming the sizes if they do not fit in {@code maxSize}. */
        public TextureAtlas build() {
            if (images.isEmpty()) {
                throw new IllegalStateException("atlas " + name + " has no images");
            }
            List<Map.Entry<String, Pixels>> order = new ArrayList<>(images.entrySet());
            order.sort((a, b) -> Integer.compare(b.getValue().height(), a.getValue().height()));
            for (int side = 64; side <= maxSize; side *= 2) {
                int[][] places = pack(order, side);
                if (places != null) {
                    return assemble(order, places, side);
                }
            }
            throw new IllegalStateException("the " + images.size() + " images of atlas " + name
                    + " do not fit in " + maxSize + " x " + maxSize + " texels");
        }

        /** Shelf packing into a square of {@code side}: left to right, a new row under the tallest so far. */
        private int[][] pack(List<Map.Entry<String, Pixels>> order, int side) {
            int[][] places = new int[order.size()][];
            int x = padding;
            int y = padding;
            int rowHeight = 0;
            for (int i = 0; i < order.size(); i++) {
                Pixels p = order.get(i).getValue();
                if (x + p.width() + padding > side) {
                    x = padding;
                    y += rowHeight + padding;
                    rowHeight = 0;
                }
                if (x + p.width() + padding > side || y + p.height() + padding > side) {
                    return null;
                }
                places[i] = new int[] {x, y};
                x += p.width() + padding;
                rowHeight = Math.max(rowHeight, p.height());
            }
            return places;
        }

        private TextureAtlas assemble(List<Map.Entry<String, Pixels>> order, int[][] places, int side) {
            Pixels sheet = new Pixels(side, side);
            for (int i = 0; i < order.size(); i++) {
                order.get(i).getValue().copyTo(sheet, places[i][0], places[i][1]);
            }
            Texture texture = Texture.of(sheet, filter, name);
            Map<String, TextureRegion> regions = new LinkedHashMap<>();
            for (String key : images.keySet()) {
                for (int i = 0; i < order.size(); i++) {
                    if (order.get(i).getKey().equals(key)) {
                        Pixels p = order.get(i).getValue();
                        regions.put(key, texture.region(places[i][0], places[i][1], p.width(), p.height()));
                    }
                }
            }
            return new TextureAtlas(texture, regions);
        }
    }
}
