package dev.javelin.render;

/**
 * How {@link GlRenderer3D} lights triangle meshes: one directional light (the sun) plus ambient light
 * that shades from a sky colour on faces turned up to a ground colour on faces turned down. A face gets
 * {@code colour * (ambient + light * max(0, normal . toLight))}, per vertex. Immutable; any thread.
 *
 * @param toLightX x of the direction from the scene toward the light (normalised here; any length above 0)
 * @param toLightY y of that direction
 * @param toLightZ z of that direction
 * @param light    the directional light's colour, {@code 0xRRGGBBAA} (alpha ignored)
 * @param sky      ambient colour on faces turned to the up axis
 * @param ground   ambient colour on faces turned away from it
 */
public record Lighting(float toLightX, float toLightY, float toLightZ, int light, int sky, int ground) {

    private static final int LIGHT = 0xB4B4AAFF;
    private static final int SKY = 0x4E5260FF;
    private static final int GROUND = 0x2A2826FF;
    private static final Lighting Z_UP = new Lighting(0.5f, 0.2f, 1f, LIGHT, SKY, GROUND);
    private static final Lighting Y_UP = new Lighting(0.2f, 1f, 0.5f, LIGHT, SKY, GROUND);

    public Lighting {
        float len = (float) Math.sqrt(toLightX * toLightX + toLightY * toLightY + toLightZ * toLightZ);
        if (!(len > 0f) || !Float.isFinite(len)) {
            throw new IllegalArgumentException("light direction must be a finite vector longer than 0, was ("
                    + toLightX + ", " + toLightY + ", " + toLightZ + ")");
        }
        toLightX /= len;
        toLightY /= len;
        toLightZ /= len;
    }

    /**
     * The default for a world whose up axis is {@code up}: a sun high above, a little off the first and
     * second horizontal axes, so that the top and two sides of a box all shade differently.
     */
    public static Lighting defaultFor(Camera3D.Up up) {
        return up == Camera3D.Up.Y ? Y_UP : Z_UP;
    }
}
