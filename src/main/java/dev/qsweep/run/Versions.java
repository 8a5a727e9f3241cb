package dev.qsweep.run;

/** The versions a results folder records. */
public final class Versions {
  private Versions() {}

  /** qsweep's version from the jar manifest, or "development" when run from classes. */
  public static String qsweep() {
    String v = Versions.class.getPackage().getImplementationVersion();
    return v == null ? "development" : v;
  }

  /** The running Java's version. */
  public static String java() {
    return System.getProperty("java.version");
  }
}
