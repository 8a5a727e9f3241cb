package dev.qsweep.util;

import java.util.Locale;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Runs each test under a Turkish default locale (comma decimal separator, dotless i), whatever the
 * JVM was started with, and restores the locale after: {@code @ExtendWith(HostileLocale.class)} on
 * a golden file test.
 */
public final class HostileLocale implements BeforeEachCallback, AfterEachCallback {
  private static final ExtensionContext.Namespace SPACE =
      ExtensionContext.Namespace.create(HostileLocale.class);

  @Override
  public void beforeEach(ExtensionContext context) {
    context.getStore(SPACE).put("before", Locale.getDefault());
    Locale.setDefault(Locale.forLanguageTag("tr-TR"));
  }

  @Override
  public void afterEach(ExtensionContext context) {
    Locale.setDefault(context.getStore(SPACE).get("before", Locale.class));
  }
}
