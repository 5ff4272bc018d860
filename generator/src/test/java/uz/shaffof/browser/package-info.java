/**
 * Browser tests of the built site (headless Debian Chromium driven by Selenium, run by failsafe as {@code *IT}):
 * console, CSP and network hygiene, axe-core accessibility, the language switcher, charts, embeds and screenshots.
 * {@link uz.shaffof.browser.BrowserTestBase} serves {@code site/} on loopback and owns one browser per test class;
 * docs/BROWSER-TESTS.md says how to run them.
 */
package uz.shaffof.browser;
