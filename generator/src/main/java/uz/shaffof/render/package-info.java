/** Turning the site model into HTML: the locked-down Freemarker engine and the safe Markdown renderer, each built once. */
package uz.shaffof.render;
