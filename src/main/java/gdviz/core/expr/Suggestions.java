package gdviz.core.expr;

import java.util.Map;
import java.util.Set;

/** Guesses at what a mistyped name was meant to be, for error messages. */
final class Suggestions {

    /** Names from other notations that map to a built-in which is not within typing distance. */
    private static final Map<String, BuiltIn> ALIASES = Map.of(
            "ln", BuiltIn.LOG,
            "arcsin", BuiltIn.ASIN,
            "arccos", BuiltIn.ACOS,
            "arctan", BuiltIn.ATAN,
            "sgn", BuiltIn.SIGNUM,
            "sign", BuiltIn.SIGNUM,
            "ctg", BuiltIn.COT,
            "cotan", BuiltIn.COT,
            "power", BuiltIn.POW);

    private Suggestions() {
    }

    /** The built-in {@code name} was probably meant to be, or null when none is close. */
    static BuiltIn nearestBuiltIn(String name) {
        BuiltIn alias = ALIASES.get(name.toLowerCase(java.util.Locale.ROOT));
        if (alias != null) {
            return alias;
        }
        BuiltIn best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (BuiltIn f : BuiltIn.values()) {
            int d = f.text().equalsIgnoreCase(name) ? 0 : distance(name, f.text());
            if (d < bestDistance) {
                best = f;
                bestDistance = d;
            }
        }
        int allowed = name.length() <= 4 ? 1 : 2;
        return bestDistance <= allowed && bestDistance < name.length() ? best : null;
    }

    /**
     * {@code name} written as a product of known names, such as "x*y" for "xy", or null when it cannot be
     * cut that way. At least one part must be a variable, so "pie" is not read as "pi*e".
     *
     * @param variables the names that are variables (other than {@code name} itself)
     */
    static String asProduct(String name, Set<String> variables) {
        return split(name, variables, false);
    }

    /**
     * {@code name} read as a built-in applied to the rest, such as "sin(x)" for "sinx", or null. The rest
     * must be a known variable or constant, a product of them, or — for a {@code loose} reading — a single
     * letter.
     */
    static String asCall(String name, Set<String> variables, boolean loose) {
        for (BuiltIn f : BuiltIn.values()) {
            if (f.arity() != 1 || !name.startsWith(f.text()) || name.length() == f.text().length()) {
                continue;
            }
            String rest = name.substring(f.text().length());
            String argument = variables.contains(rest) || NamedConstant.of(rest) != null ? rest : asProduct(rest, variables);
            if (argument == null && loose && rest.length() == 1 && Character.isLetter(rest.charAt(0))) {
                argument = rest;
            }
            if (argument != null) {
                return f.text() + "(" + argument + ")";
            }
        }
        return null;
    }

    /**
     * {@code name} read as a product ending in a built-in, such as "x*sin" for "xsin", or null. The part
     * before the built-in must be a known variable or constant, or a product of them.
     */
    static String asFactorTimesFunction(String name, Set<String> variables) {
        for (BuiltIn f : BuiltIn.values()) {
            if (!name.endsWith(f.text()) || name.length() == f.text().length()) {
                continue;
            }
            String head = name.substring(0, name.length() - f.text().length());
            String factor = variables.contains(head) || NamedConstant.of(head) != null ? head : asProduct(head, variables);
            if (factor != null) {
                return factor + "*" + f.text();
            }
        }
        return null;
    }

    private static String split(String name, Set<String> variables, boolean seenVariable) {
        for (int cut = name.length() - 1; cut >= 1; cut--) {
            String head = name.substring(0, cut);
            boolean headIsVariable = variables.contains(head);
            if (!headIsVariable && NamedConstant.of(head) == null) {
                continue;
            }
            String tail = name.substring(cut);
            boolean anyVariable = seenVariable || headIsVariable;
            if ((variables.contains(tail) || NamedConstant.of(tail) != null)
                    && (anyVariable || variables.contains(tail))) {
                return head + "*" + tail;
            }
            String rest = split(tail, variables, anyVariable);
            if (rest != null) {
                return head + "*" + rest;
            }
        }
        return null;
    }

    /** Optimal string alignment distance: insertions, deletions, substitutions and swaps of neighbours. */
    static int distance(String a, String b) {
        int[][] d = new int[a.length() + 1][b.length() + 1];
        for (int i = 0; i <= a.length(); i++) {
            d[i][0] = i;
        }
        for (int j = 0; j <= b.length(); j++) {
            d[0][j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                d[i][j] = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + cost);
                if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1)) {
                    d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
                }
            }
        }
        return d[a.length()][b.length()];
    }
}
