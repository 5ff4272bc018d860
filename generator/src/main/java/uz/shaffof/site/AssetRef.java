package uz.shaffof.site;

/**
 * A published asset: its path from the site root (fingerprinted, such as {@code assets/site.3f2a9c1b.css}) and
 * the Subresource Integrity value of its bytes ({@code sha384-...}).
 */
public record AssetRef(String path, String integrity) {}
