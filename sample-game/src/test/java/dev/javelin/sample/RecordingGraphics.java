package dev.javelin.sample;

import dev.javelin.render.Font;
import dev.javelin.render.Graphics;
import dev.javelin.render.TextureRegion;
import java.util.ArrayList;
import java.util.List;

/** A screen-pass {@link Graphics} that keeps the text and the filled rectangles drawn, for checks without GL. */
final class RecordingGraphics implements Graphics {

    record Rect(float x, float y, float size, int rgba) {
    }

    final List<String> texts = new ArrayList<>();
    final List<Rect> rects = new ArrayList<>();
    private final int width;
    private final int height;

    RecordingGraphics(int width, int height) {
        this.width = width;
        this.height = height;
    }

    @Override
    public void sprite(TextureRegion region, float x, float y, float w, float h, float angle, int rgba) {
    }

    @Override
    public void fillRect(float x, float y, float w, float h, float angle, int rgba) {
        rects.add(new Rect(x, y, w, rgba));
    }

    @Override
    public void rect(float x, float y, float w, float h, float angle, int rgba) {
    }

    @Override
    public void line(float x1, float y1, float x2, float y2, int rgba) {
    }

    @Override
    public void fillCircle(float x, float y, float radius, int rgba) {
    }

    @Override
    public void circle(float x, float y, float radius, int rgba) {
    }

    @Override
    public void polygon(float[] xy, int rgba) {
    }

    @Override
    public void fillPolygon(float[] xy, int rgba) {
    }

    @Override
    public void text(String text, float x, float y, float size, int rgba) {
        texts.add(text);
    }

    @Override
    public Font font() {
        return Font.defaultFont();
    }

    @Override
    public void setFont(Font font) {
    }

    @Override
    public float lineWidth() {
        return 1f;
    }

    @Override
    public void setLineWidth(float pixels) {
    }

    @Override
    public float pixelSize() {
        return 1f;
    }

    @Override
    public boolean isScreenPass() {
        return true;
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
        return 0f;
    }
}
