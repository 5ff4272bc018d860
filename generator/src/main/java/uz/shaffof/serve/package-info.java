/**
 * The preview server of {@code shaffof serve}: builds the site in memory (never on disk, so the published
 * {@code site/} is never touched), serves it on 127.0.0.1, rebuilds when sources change and reloads the browser
 * over server-sent events without weakening the pages' Content-Security-Policy. The build stages are
 * {@link uz.shaffof.build.Build}'s, kept warm between builds ({@link uz.shaffof.serve.PreviewBuild}). docs/SERVE.md
 * describes it.
 *
 * <p>This package decides when to prepare for the next edit (after each build, and one unseen rehearsal build); what
 * it prepares lives beside the code it exercises, because it needs that code's internals: the chart engine's
 * warm-up in {@code chart} and the page practice in {@code site} (their package docs say why each cannot move here).
 */
package uz.shaffof.serve;
