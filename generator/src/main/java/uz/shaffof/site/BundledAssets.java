package uz.shaffof.site;

import java.util.Map;

/**
 * Files shipped inside the generator and published with every site: logical name → classpath resource. The
 * vendored ECharts build is pinned by version in its folder name; its licence files travel with it (renamed to
 * lower case, as every published path is).
 */
final class BundledAssets {
    static final Map<String, String> ALL = Map.of(
            "chart.js", "/assets/chart.js",
            "embed-resize.js", "/assets/embed-resize.js",
            "vendor/echarts-6.1.0/echarts.common.min.js", "/assets/vendor/echarts-6.1.0/echarts.common.min.js",
            "vendor/echarts-6.1.0/echarts-ssr-client.js", "/assets/vendor/echarts-6.1.0/echarts-ssr-client.js",
            "vendor/echarts-6.1.0/license.txt", "/assets/vendor/echarts-6.1.0/LICENSE",
            "vendor/echarts-6.1.0/notice.txt", "/assets/vendor/echarts-6.1.0/NOTICE",
            "vendor/echarts-6.1.0/license-d3.txt", "/assets/vendor/echarts-6.1.0/LICENSE-d3",
            "vendor/echarts-6.1.0/license-zrender.txt", "/assets/vendor/echarts-6.1.0/LICENSE-zrender");

    private BundledAssets() {}
}
