/**
 * The site: which pages exist (in both editions), the view records templates receive, assets with
 * fingerprints and integrity hashes, and the site-wide files (sitemap, robots.txt, feeds, root page).
 */
package uz.shaffof.site;
