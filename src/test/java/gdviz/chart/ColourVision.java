package gdviz.chart;

import java.awt.Color;

/**
 * Simulated colour vision for tests: Machado, Oliveira and Fernandes (2009) full-severity matrices for protanopia
 * and deuteranopia, applied in linear RGB, and the CIE 1976 colour difference ΔE*ab between what is seen.
 */
enum ColourVision {

    NORMAL(new double[] {1, 0, 0, 0, 1, 0, 0, 0, 1}),
    PROTANOPIA(new double[] {
        0.152286, 1.052583, -0.204868,
        0.114503, 0.786281, 0.099216,
        -0.003882, -0.048116, 1.051998}),
    DEUTERANOPIA(new double[] {
        0.367322, 0.860646, -0.227968,
        0.280085, 0.672501, 0.047413,
        -0.011820, 0.042940, 0.968881});

    /** D65 white in XYZ, the reference white of sRGB. */
    private static final double[] WHITE = {0.95047, 1.0, 1.08883};

    private final double[] matrix;

    ColourVision(double[] matrix) {
        this.matrix = matrix;
    }

    /** CIELAB L*, a*, b* of {@code colour} as this vision sees it. */
    double[] lab(Color colour) {
        double[] rgb = {linear(colour.getRed()), linear(colour.getGreen()), linear(colour.getBlue())};
        double[] seen = new double[3];
        for (int row = 0; row < 3; row++) {
            double sum = 0;
            for (int k = 0; k < 3; k++) {
                sum += matrix[3 * row + k] * rgb[k];
            }
            seen[row] = Math.max(0, Math.min(1, sum));
        }
        double x = 0.4124564 * seen[0] + 0.3575761 * seen[1] + 0.1804375 * seen[2];
        double y = 0.2126729 * seen[0] + 0.7151522 * seen[1] + 0.0721750 * seen[2];
        double z = 0.0193339 * seen[0] + 0.1191920 * seen[1] + 0.9503041 * seen[2];
        double fx = f(x / WHITE[0]);
        double fy = f(y / WHITE[1]);
        double fz = f(z / WHITE[2]);
        return new double[] {116 * fy - 16, 500 * (fx - fy), 200 * (fy - fz)};
    }

    /** ΔE*ab between two colours as this vision sees them. */
    double difference(Color a, Color b) {
        double[] p = lab(a);
        double[] q = lab(b);
        return Math.sqrt(square(p[0] - q[0]) + square(p[1] - q[1]) + square(p[2] - q[2]));
    }

    private static double linear(int channel) {
        double c = channel / 255.0;
        return c <= 0.04045 ? c / 12.92 : Math.pow((c + 0.055) / 1.055, 2.4);
    }

    private static double f(double t) {
        double delta = 6.0 / 29;
        return t > delta * delta * delta ? Math.cbrt(t) : t / (3 * delta * delta) + 4.0 / 29;
    }

    private static double square(double v) {
        return v * v;
    }
}
