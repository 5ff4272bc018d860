/**
 * The site: which pages exist (in both editions), the view records templates receive, assets with
 * fingerprints and integrity hashes, and the site-wide files (sitemap, robots.txt, feeds, root page).
 *
 * <p>{@code serve}'s page practice ({@code PagePractice}, started by
 * {@link uz.shaffof.site.BuildSession#prepareForEdits}) lives here, not in {@code serve}: it renders the last build's
 * own page plans with the build's own renderer and a page cache that keeps nothing, all of which are this package's
 * internals, and the {@link uz.shaffof.site.BuildSession} that keeps it between builds is this package's. In
 * {@code serve} it would need those internals made public and the session would depend on {@code serve}, which
 * depends on the build and so on this package: a cycle. {@code serve} only says when to practise
 * ({@code PreviewBuild}).
 */
package uz.shaffof.site;
