package uz.shaffof.bench;

import java.util.List;

/** The records the bench's templates read: a page, a list page, a table page, and their parts. */
final class Views {
    private Views() {}

    /** A link of the navigation list; {@code current} marks the page the reader is on. */
    public record NavLink(String href, String label, boolean current) {}

    /** A table-of-contents entry with the entries below it (h3 under h2). */
    public record TocItem(String id, String text, List<TocItem> children) {
        public TocItem {
            children = List.copyOf(children);
        }
    }

    /** A corpus page (page.ftlh); {@code content} is the rendered Markdown; {@code switchHref} may be null. */
    public record PageView(String lang, String siteTitle, String title, String date, String region, List<String> tags,
                    List<NavLink> nav, List<TocItem> toc, String content, String switchHref, String switchLang,
                    String switchLabel) {
        public PageView {
            tags = List.copyOf(tags);
            nav = List.copyOf(nav);
            toc = List.copyOf(toc);
        }
    }

    /** A list page (list.ftlh). */
    public record ListView(String lang, String siteTitle, String title, List<NavLink> nav, List<ListItem> items) {
        public ListView {
            nav = List.copyOf(nav);
            items = List.copyOf(items);
        }
    }

    public record ListItem(String href, String title, String date) {}

    /** A page of the structured case (table.ftlh). */
    public record TablePageView(String lang, String siteTitle, String title, String lead, List<NavLink> nav,
                         List<ChartView> charts, List<TableView> tables, List<NavLink> links) {
        public TablePageView {
            nav = List.copyOf(nav);
            charts = List.copyOf(charts);
            tables = List.copyOf(tables);
            links = List.copyOf(links);
        }
    }

    /** A chart's static SVG and its caption. */
    public record ChartView(String svg, String caption) {}

    /** A table: the first cell of each row is its row header. */
    public record TableView(String caption, List<String> head, List<List<Cell>> rows) {
        public TableView {
            head = List.copyOf(head);
            rows = rows.stream().map(List::copyOf).toList();
        }
    }

    /** A table cell; {@code href} may be null. */
    public record Cell(String text, String href) {
        public static Cell of(String text) {
            return new Cell(text, null);
        }
    }
}
