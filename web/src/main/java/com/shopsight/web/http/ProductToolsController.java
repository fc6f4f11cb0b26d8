package com.shopsight.web.http;

import static com.shopsight.web.http.ToolsController.date;
import static com.shopsight.web.http.ToolsController.failure;
import static com.shopsight.web.http.ToolsController.integer;
import static com.shopsight.web.http.ToolsController.params;
import static com.shopsight.web.http.ToolsController.required;
import static com.shopsight.web.http.ToolsController.text;

import com.shopsight.tools.basket.BasketParams;
import com.shopsight.tools.basket.BasketResult;
import com.shopsight.tools.basket.BasketTool;
import com.shopsight.tools.basket.Baskets;
import com.shopsight.tools.basket.ItemFilter;
import com.shopsight.tools.basket.ItemLevel;
import com.shopsight.tools.report.ReportParams;
import com.shopsight.tools.report.ReportResult;
import com.shopsight.tools.report.ReportSubject;
import com.shopsight.tools.report.ReportTool;
import com.shopsight.tools.search.SearchParams;
import io.javalin.http.Context;
import java.util.regex.Pattern;

/**
 * GET /api/rules (what sells with an item), /api/search (articles for words) and /api/report
 * (a product's report): the product tools by their parameters. Nothing found by a search is
 * an answer (200); an unknown item is 404; anything else the tool cannot do is 422.
 */
final class ProductToolsController {
    private static final Pattern ARTICLE_ID = Pattern.compile("\\d{6,10}");

    private final Backend backend;

    ProductToolsController(Backend backend) {
        this.backend = backend;
    }

    /** ?item=Bikini top&level=product_type|article|COLUMN&minSupport=0.001&minConfidence=0.1&maxRules=20&from=&to= */
    void rules(Context ctx) {
        String item = required(ctx, "item");
        BasketParams p = params(() -> {
            ItemLevel level = ItemLevel.parse(text(ctx, "level", "product_type"));
            return BasketParams.of(new Baskets.CustomerDay(level, date(ctx, "from"), date(ctx, "to")))
                    .withMinSupport(decimal(ctx, "minSupport", 0.001))
                    .withMinConfidence(decimal(ctx, "minConfidence", 0.1))
                    .withMaxRules(orDefault(integer(ctx, "maxRules"), 20))
                    .withFilter(ItemFilter.sellsWith(item));
        });
        BasketResult result = new BasketTool(backend.gate()).run(p);
        if (result instanceof BasketResult.Failed failed) {
            int status = failed.reason().name().equals("UNKNOWN_ITEM") ? 404 : 422;
            String message = failed.hint() == null ? failed.message() : failed.message() + " " + failed.hint();
            throw new ApiException(status, failed.reason().name().toLowerCase(java.util.Locale.ROOT), message);
        }
        ctx.json(result);
    }

    /** ?q=black summer dress&limit=10 */
    void search(Context ctx) {
        String q = required(ctx, "q");
        SearchParams p = params(() -> new SearchParams(q, orDefault(integer(ctx, "limit"), SearchParams.DEFAULT_LIMIT)));
        ctx.json(backend.search().get().run(p));
    }

    /** ?item=ARTICLE_ID or a product type (or article= / productType=), &horizon=4&asOf=YYYY-MM-DD */
    void report(Context ctx) {
        ReportParams p = params(() -> {
            String article = ctx.queryParam("article");
            String type = ctx.queryParam("productType");
            String item = ctx.queryParam("item");
            ReportSubject subject;
            if (article != null && !article.isBlank()) {
                subject = new ReportSubject.Article(article.strip());
            } else if (type != null && !type.isBlank()) {
                subject = new ReportSubject.ProductType(type.strip());
            } else if (item != null && !item.isBlank()) {
                // An id is digits (H&M's are zero-padded); anything else names a product type.
                subject = ARTICLE_ID.matcher(item.strip()).matches()
                        ? new ReportSubject.Article(item.strip()) : new ReportSubject.ProductType(item.strip());
            } else {
                throw new IllegalArgumentException("say what to report on: item, article or productType");
            }
            return new ReportParams(subject, date(ctx, "asOf"), orDefault(integer(ctx, "horizon"), ReportParams.DEFAULT_HORIZON));
        });
        ReportResult result = new ReportTool(backend.gate()).run(p);
        if (result instanceof ReportResult.Failed failed) {
            throw failure(failed.problem());
        }
        ctx.json(result);
    }

    private static double decimal(Context ctx, String name, double fallback) {
        String value = ctx.queryParam(name);
        try {
            return value == null || value.isBlank() ? fallback : Double.parseDouble(value.strip());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(name + " must be a number, not '" + value + "'");
        }
    }

    private static int orDefault(Integer value, int fallback) {
        return value == null ? fallback : value;
    }
}
