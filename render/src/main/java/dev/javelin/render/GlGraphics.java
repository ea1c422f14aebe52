package dev.javelin.render;

import org.joml.Matrix4f;

/**
 * {@link Graphics} over a {@link Batch}: places every vertex on the CPU, except for sprites sent as
 * points when the batch takes them (small sprites of moderate aspect, see
 * {@link RenderOptions.SpritePath#POINTS}). Render thread only.
 */
final class GlGraphics implements Surface {

    private final Batch batch;
    private final Texture white;
    private final Font defaultFont;
    private final Matrix4f screen = new Matrix4f();
    private Font font;
    private float lineWidth = 1f;
    private float pixel = 1f;
    private boolean screenPass;
    private float shiftX;
    private float shiftY;
    private int width;
    private int height;
    private float alpha;

    GlGraphics(Batch batch, Font defaultFont) {
        this.batch = batch;
        this.white = Texture.white();
        this.defaultFont = defaultFont;
        this.font = defaultFont;
    }

    @Override
    public void beginWorld(Matrix4f projection, float pixelSize, int w, int h, float a) {
        batch.setProjection(projection, w, h);
        pixel = pixelSize;
        screenPass = false;
        width = w;
        height = h;
        alpha = a;
        shiftX = 0f;
        shiftY = 0f;
    }

    @Override
    public void setShift(float dx, float dy) {
        shiftX = dx;
        shiftY = dy;
    }

    @Override
    public void beginScreen(int w, int h) {
        batch.setProjection(screen.setOrtho2D(0f, w, h, 0f), w, h);
        pixel = 1f;
        screenPass = true;
        width = w;
        height = h;
        shiftX = 0f;
        shiftY = 0f;
    }

    @Override
    public void flush() {
        batch.flush();
    }

    @Override
    public void sprite(TextureRegion region, float x, float y, float w, float h, float angle, int rgba) {
        batch.use(region.texture());
        // The image's top row goes on the quad's top side: +y in the world, -y on the screen.
        float up = screenPass ? -0.5f : 0.5f;
        if (batch.hasPoints() && fitsPoint(w, h)) {
            batch.point(x + shiftX, y + shiftY, w * 0.5f, h * up, angle, region.u0(), region.v0(), region.u1(),
                    region.v1(), Integer.reverseBytes(rgba));
            return;
        }
        quad(x, y, w * 0.5f, h * up, angle, region.u0(), region.v0(), region.u1(), region.v1(), rgba);
    }

    /**
     * Whether a {@code w} by {@code h} sprite goes as a point: not empty, sides at most 2:1 (the point is
     * the square around the rotated sprite, so a long sprite would shade mostly empty pixels), and its
     * diagonal within the widest point.
     */
    private boolean fitsPoint(float w, float h) {
        float aw = Math.abs(w);
        float ah = Math.abs(h);
        if (!(aw > 0f && ah > 0f) || aw > 2f * ah || ah > 2f * aw) {
            return false;
        }
        float max = batch.maxPointPixels() * pixel;
        return aw * aw + ah * ah <= max * max;
    }

    @Override
    public void fillRect(float x, float y, float w, float h, float angle, int rgba) {
        batch.use(white);
        quad(x, y, w * 0.5f, h * 0.5f, angle, 0f, 0f, 1f, 1f, rgba);
    }

    /** A quad centred on (x, y) with half extents hw, hh (hh's sign says where the image top goes). */
    private void quad(float x, float y, float hw, float hh, float angle, float u0, float v0, float u1, float v1,
                      int rgba) {
        int c = Integer.reverseBytes(rgba);
        x += shiftX;
        y += shiftY;
        if (angle == 0f) {
            batch.quad(x - hw, y - hh, u0, v1, x + hw, y - hh, u1, v1, x + hw, y + hh, u1, v0, x - hw, y + hh, u0, v0, c);
            return;
        }
        float cos = (float) Math.cos(angle);
        float sin = (float) Math.sin(angle);
        // Corners (-hw,-hh), (hw,-hh), (hw,hh), (-hw,hh) rotated by angle.
        float ax = hw * cos;
        float ay = hw * sin;
        float bx = -hh * sin;
        float by = hh * cos;
        batch.quad(x - ax - bx, y - ay - by, u0, v1, x + ax - bx, y + ay - by, u1, v1,
                x + ax + bx, y + ay + by, u1, v0, x - ax + bx, y - ay + by, u0, v0, c);
    }

    @Override
    public void rect(float x, float y, float w, float h, float angle, int rgba) {
        float cos = (float) Math.cos(angle);
        float sin = (float) Math.sin(angle);
        float ax = w * 0.5f * cos;
        float ay = w * 0.5f * sin;
        float bx = -h * 0.5f * sin;
        float by = h * 0.5f * cos;
        polygon(new float[] {x - ax - bx, y - ay - by, x + ax - bx, y + ay - by, x + ax + bx, y + ay + by,
            x - ax + bx, y - ay + by}, rgba);
    }

    @Override
    public void line(float x1, float y1, float x2, float y2, int rgba) {
        float dx = x2 - x1;
        float dy = y2 - y1;
        float len = (float) Math.sqrt(dx * dx + dy * dy);
        if (len == 0f) {
            return;
        }
        float half = lineWidth * pixel * 0.5f;
        float nx = -dy / len * half;
        float ny = dx / len * half;
        int c = Integer.reverseBytes(rgba);
        batch.use(white);
        x1 += shiftX;
        y1 += shiftY;
        x2 += shiftX;
        y2 += shiftY;
        batch.quad(x1 + nx, y1 + ny, 0f, 0f, x1 - nx, y1 - ny, 0f, 0f, x2 - nx, y2 - ny, 0f, 0f,
                x2 + nx, y2 + ny, 0f, 0f, c);
    }

    @Override
    public void fillCircle(float x, float y, float radius, int rgba) {
        int n = segments(radius);
        int c = Integer.reverseBytes(rgba);
        batch.use(white);
        batch.reserve(n + 1, n * 3);
        x += shiftX;
        y += shiftY;
        int centre = batch.vertex(x, y, 0f, 0f, c);
        int first = centre + 1;
        for (int i = 0; i < n; i++) {
            double a = 2 * Math.PI * i / n;
            batch.vertex(x + radius * (float) Math.cos(a), y + radius * (float) Math.sin(a), 0f, 0f, c);
        }
        for (int i = 0; i < n; i++) {
            batch.triangle(centre, first + i, first + (i + 1) % n);
        }
    }

    @Override
    public void circle(float x, float y, float radius, int rgba) {
        int n = segments(radius);
        float[] xy = new float[n * 2];
        for (int i = 0; i < n; i++) {
            double a = 2 * Math.PI * i / n;
            xy[2 * i] = x + radius * (float) Math.cos(a);
            xy[2 * i + 1] = y + radius * (float) Math.sin(a);
        }
        polygon(xy, rgba);
    }

    private int segments(float radius) {
        float px = radius / pixel;
        return Math.max(12, Math.min(128, (int) Math.ceil(px * 0.75f)));
    }

    @Override
    public void polygon(float[] xy, int rgba) {
        if (xy.length < 4 || xy.length % 2 != 0) {
            throw new IllegalArgumentException("a polygon needs at least 2 points as x, y pairs, got " + xy.length + " numbers");
        }
        int n = xy.length / 2;
        for (int i = 0; i < n; i++) {
            int j = (i + 1) % n;
            line(xy[2 * i], xy[2 * i + 1], xy[2 * j], xy[2 * j + 1], rgba);
        }
    }

    @Override
    public void fillPolygon(float[] xy, int rgba) {
        if (xy.length < 6 || xy.length % 2 != 0) {
            throw new IllegalArgumentException("a filled polygon needs at least 3 points as x, y pairs, got "
                    + xy.length + " numbers");
        }
        int n = xy.length / 2;
        int c = Integer.reverseBytes(rgba);
        batch.use(white);
        batch.reserve(n, (n - 2) * 3);
        int first = -1;
        for (int i = 0; i < n; i++) {
            int v = batch.vertex(xy[2 * i] + shiftX, xy[2 * i + 1] + shiftY, 0f, 0f, c);
            if (first < 0) {
                first = v;
            }
        }
        for (int i = 1; i < n - 1; i++) {
            batch.triangle(first, first + i, first + i + 1);
        }
    }

    @Override
    public void text(String text, float x, float y, float size, int rgba) {
        Font f = font;
        batch.use(f.texture());
        int c = Integer.reverseBytes(rgba);
        float k = size / f.bakedSize();
        // Glyph offsets are in pixels with y down; the world pass has y up.
        float down = screenPass ? 1f : -1f;
        float penX = x + shiftX;
        float baseY = y + shiftY;
        for (int i = 0; i < text.length(); i++) {
            char ch = text.charAt(i);
            if (ch == '\n') {
                penX = x + shiftX;
                baseY += down * f.lineHeight(size);
                continue;
            }
            int s = f.slot(ch);
            float gx0 = penX + f.x0(s) * k;
            float gx1 = penX + f.x1(s) * k;
            float gyTop = baseY + down * f.y0(s) * k;
            float gyBottom = baseY + down * f.y1(s) * k;
            if (gx1 > gx0) {
                batch.quad(gx0, gyBottom, f.u0(s), f.v1(s), gx1, gyBottom, f.u1(s), f.v1(s),
                        gx1, gyTop, f.u1(s), f.v0(s), gx0, gyTop, f.u0(s), f.v0(s), c);
            }
            penX += f.advance(s) * k;
        }
    }

    @Override
    public Font font() {
        return font;
    }

    @Override
    public void setFont(Font f) {
        font = f == null ? defaultFont : f;
    }

    @Override
    public float lineWidth() {
        return lineWidth;
    }

    @Override
    public void setLineWidth(float pixels) {
        if (!(pixels > 0) || !Float.isFinite(pixels)) {
            throw new IllegalArgumentException("line width must be positive, was " + pixels);
        }
        lineWidth = pixels;
    }

    @Override
    public float pixelSize() {
        return pixel;
    }

    @Override
    public boolean isScreenPass() {
        return screenPass;
    }

    @Override
    public int width() {
        return width;
    }

    @Override
    public int height() {
        return height;
    }

    @Override
    public float alpha() {
        return alpha;
    }
}
