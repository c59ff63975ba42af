package gdviz.core.expr;

import gdviz.core.presets.Preset;
import gdviz.core.presets.Presets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Function texts a careless, unlucky or hostile user could type or paste: random characters from the
 * expression alphabet and from all of Unicode, presets cut short or with a character changed, very deep
 * nesting and very long text. Seeded, so a failure repeats.
 */
public final class HostileText {

    /** Characters exp4j reads, weighted towards those that build structure. */
    private static final String ALPHABET = "xyzw0123456789.eE+-*/%^()[]{},  sincoqrtlgpbxy_π";
    /** Names a mutation may splice in. */
    private static final String[] PIECES = {"sin(", "pow(", "log(", "sqrt(", "(", ")", ",", "^", "-", "e", "pi",
        "1e308", "1e-308", "0/0", "x", "y", ".", "**", "\u00a0", "\u200f", "\u202e", "\ud83d\ude00", "\ud800",
        "\udc00", "\u0000", "\u0007", "\n", "\t", "\u0661", "\uff10", "\u00b2", "\u221e", "NaN", "Infinity"};

    private final Random random;
    private final List<String> presets = new ArrayList<>();

    /** @param seed the same seed gives the same texts */
    public HostileText(long seed) {
        random = new Random(seed);
        for (Preset preset : Presets.all()) {
            presets.add(preset.expression());
        }
    }

    /** {@code count} texts: first the fixed extreme cases, then random ones of every kind. */
    public List<String> texts(int count) {
        List<String> texts = new ArrayList<>(extremes());
        while (texts.size() < count) {
            texts.add(next());
        }
        return texts;
    }

    /** Deep nesting in every form the grammar allows, and 100 kB of text. */
    public static List<String> extremes() {
        int deep = 10_000;
        List<String> texts = new ArrayList<>();
        texts.add("(".repeat(deep) + "x" + ")".repeat(deep));
        texts.add("-(".repeat(deep) + "x" + ")".repeat(deep));
        texts.add("-".repeat(deep) + "x");
        texts.add("+".repeat(deep) + "x");
        texts.add("sin(".repeat(deep) + "x" + ")".repeat(deep));
        texts.add("pow(".repeat(deep) + "x" + ",2)".repeat(deep));
        texts.add("x" + "^x".repeat(deep));
        texts.add("x" + "+x".repeat(deep));
        texts.add("x" + "*(x".repeat(deep) + ")".repeat(deep));
        texts.add("(".repeat(deep) + "x");
        texts.add("x" + ")".repeat(deep));
        texts.add("[{(".repeat(deep / 3) + "x" + ")}]".repeat(deep / 3));
        texts.add("x".repeat(100_000));
        texts.add("1".repeat(100_000) + "*x");
        texts.add("x+1".repeat(34_000));
        texts.add(" ".repeat(100_000));
        texts.add("x" + "*1".repeat(50_000));
        texts.add("x" + " ".repeat(100_000) + "+");
        texts.add("x" + "2".repeat(100_000));
        texts.add("v" + "_".repeat(100_000) + " + v");
        texts.add("\ud83d\ude00".repeat(50_000));
        return texts;
    }

    private String next() {
        return switch (random.nextInt(6)) {
            case 0 -> fromAlphabet(1 + random.nextInt(random.nextBoolean() ? 12 : 80));
            case 1 -> anyUnicode(1 + random.nextInt(30));
            case 2 -> truncatedPreset();
            case 3 -> mutatedPreset(1 + random.nextInt(4));
            case 4 -> mutatedPreset(1);
            default -> spliced();
        };
    }

    private String fromAlphabet(int length) {
        StringBuilder text = new StringBuilder(length);
        for (int i = 0; i < length; i++) {
            text.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
        }
        return text.toString();
    }

    /** Any code unit or code point: control characters, lone surrogates, astral characters, right-to-left marks. */
    private String anyUnicode(int length) {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < length; i++) {
            switch (random.nextInt(4)) {
                case 0 -> text.append((char) random.nextInt(0x20));
                case 1 -> text.append((char) random.nextInt(0x10000));
                case 2 -> text.appendCodePoint(0x10000 + random.nextInt(0x100000));
                default -> text.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
            }
        }
        return text.toString();
    }

    private String preset() {
        return presets.get(random.nextInt(presets.size()));
    }

    private String truncatedPreset() {
        String preset = preset();
        int from = random.nextInt(4) == 0 ? random.nextInt(preset.length()) : 0;
        return preset.substring(from, from + random.nextInt(preset.length() - from + 1));
    }

    private String mutatedPreset(int mutations) {
        StringBuilder text = new StringBuilder(preset());
        for (int i = 0; i < mutations; i++) {
            int at = random.nextInt(text.length() + 1);
            switch (random.nextInt(3)) {
                case 0 -> text.insert(at, ALPHABET.charAt(random.nextInt(ALPHABET.length())));
                case 1 -> {
                    if (at < text.length()) {
                        text.deleteCharAt(at);
                    }
                }
                default -> {
                    if (at < text.length()) {
                        text.setCharAt(at, ALPHABET.charAt(random.nextInt(ALPHABET.length())));
                    }
                }
            }
        }
        return text.toString();
    }

    private String spliced() {
        StringBuilder text = new StringBuilder(random.nextBoolean() ? preset() : "x");
        int pieces = 1 + random.nextInt(6);
        for (int i = 0; i < pieces; i++) {
            text.insert(random.nextInt(text.length() + 1), PIECES[random.nextInt(PIECES.length)]);
        }
        return text.toString();
    }
}
