package com.shopsight.web.cli;

import com.shopsight.tools.scope.AgeBand;
import com.shopsight.tools.scope.Channel;
import com.shopsight.tools.scope.Dimension;
import com.shopsight.tools.scope.Scope;
import java.time.LocalDate;
import picocli.CommandLine.Option;

/** The filters that name a scope of transactions, shared by the tool commands. */
final class ScopeOptions {
    @Option(names = "--article", paramLabel = "ID", description = "An article id (0108775015; leading zeros optional).")
    String article;

    @Option(names = "--product-name", paramLabel = "NAME", description = "A product name (prod_name), all its colours.")
    String productName;

    @Option(names = "--product-type", paramLabel = "TYPE", description = "A product type (product_type_name), e.g. Trousers.")
    String productType;

    @Option(names = "--product-group", paramLabel = "GROUP", description = "A product group, e.g. Swimwear.")
    String productGroup;

    @Option(names = "--department", paramLabel = "NAME", description = "A department (department_name).")
    String department;

    @Option(names = "--index", paramLabel = "NAME", description = "An index (index_name).")
    String index;

    @Option(names = "--index-group", paramLabel = "NAME", description = "An index group: Ladieswear, Divided, Menswear, Baby/Children, Sport.")
    String indexGroup;

    @Option(names = "--section", paramLabel = "NAME", description = "A section (section_name).")
    String section;

    @Option(names = "--garment-group", paramLabel = "NAME", description = "A garment group (garment_group_name).")
    String garmentGroup;

    @Option(names = "--colour", paramLabel = "NAME", description = "A colour group (colour_group_name), e.g. Black.")
    String colour;

    @Option(names = "--channel", paramLabel = "online|store", description = "Only online or only in-store sales.")
    String channel;

    @Option(names = "--age-band", paramLabel = "BAND", description = "Only customers aged <25, 25-34, 35-44, 45-54, 55+ or unknown.")
    String ageBand;

    @Option(names = "--from", paramLabel = "YYYY-MM-DD", description = "The first day to use.")
    LocalDate from;

    @Option(names = "--to", paramLabel = "YYYY-MM-DD", description = "The last day to use (forecast as if it were today).")
    LocalDate to;

    /** The scope these options name; a bad channel, band or date range throws IllegalArgumentException. */
    Scope scope() {
        Scope s = Scope.all();
        s = put(s, Dimension.ARTICLE, article);
        s = put(s, Dimension.PRODUCT_NAME, productName);
        s = put(s, Dimension.PRODUCT_TYPE, productType);
        s = put(s, Dimension.PRODUCT_GROUP, productGroup);
        s = put(s, Dimension.DEPARTMENT, department);
        s = put(s, Dimension.INDEX, index);
        s = put(s, Dimension.INDEX_GROUP, indexGroup);
        s = put(s, Dimension.SECTION, section);
        s = put(s, Dimension.GARMENT_GROUP, garmentGroup);
        s = put(s, Dimension.COLOUR_GROUP, colour);
        if (channel != null) {
            s = s.withChannel(Channel.parse(channel));
        }
        if (ageBand != null) {
            s = s.withAgeBand(AgeBand.parse(ageBand));
        }
        return s.between(from, to);
    }

    private static Scope put(Scope s, Dimension d, String value) {
        return value == null ? s : s.with(d, value);
    }
}
