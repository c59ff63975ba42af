package gdviz.ui.about;

/**
 * A library inside gdviz, as About lists it.
 *
 * @param name    its name, such as "JFreeChart"
 * @param version the version built in
 * @param licence the licence it is used under, such as "LGPL 2.1 or later"
 */
public record Library(String name, String version, String licence) {
}
