package com.shopsight.tools.schema;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonSerializer;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import com.shopsight.tools.ShopSightException;
import com.shopsight.tools.data.DatasetStats;
import java.io.IOException;
import java.math.BigDecimal;

/** Writes and reads the schema doc's JSON: stable field order, plain numbers, "\n" line ends. */
public final class SchemaDocJson {
    /** Writes small leaf records on one line each, inside the indented whole. */
    private static final ObjectMapper COMPACT = base();
    private static final ObjectMapper MAPPER = base().registerModule(new SimpleModule("one-line-leaves")
            .addSerializer(ColumnDoc.ValueCount.class, new OneLine<>())
            .addSerializer(ColumnDoc.NumericSummary.class, new OneLine<>())
            .addSerializer(DatasetStats.Share.class, new OneLine<>())
            .addSerializer(DatasetStats.PriceSummary.class, new OneLine<>())
            .addSerializer(DatasetStats.WeekTotal.class, new OneLine<>()));

    private static ObjectMapper base() {
        return new ObjectMapper()
                .registerModule(new JavaTimeModule())
                .registerModule(new SimpleModule("plain-doubles")
                        .addSerializer(Double.class, new PlainDouble())
                        .addSerializer(double.class, new PlainDouble()))
                .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
                .enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS)
                .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
    }

    private SchemaDocJson() {}

    /** The doc as indented JSON ending in a newline. */
    public static String write(SchemaDoc doc) {
        DefaultPrettyPrinter printer = new DefaultPrettyPrinter()
                .withObjectIndenter(new DefaultIndenter("  ", "\n"))
                .withArrayIndenter(new DefaultIndenter("  ", "\n"));
        try {
            return MAPPER.writer(printer).writeValueAsString(doc) + "\n";
        } catch (JsonProcessingException e) {
            throw new ShopSightException("Cannot write the schema doc as JSON: " + e.getMessage(), e);
        }
    }

    /** Reads a doc written by {@link #write}. */
    public static SchemaDoc read(String json) {
        try {
            return MAPPER.readValue(json, SchemaDoc.class);
        } catch (JsonProcessingException e) {
            throw new ShopSightException("Not a schema doc: " + e.getOriginalMessage(), e);
        }
    }

    /** A value written as compact JSON on one line: thousands of value counts stay readable. */
    private static final class OneLine<T> extends JsonSerializer<T> {
        @Override
        public void serialize(T value, JsonGenerator gen, SerializerProvider serializers) throws IOException {
            gen.writeRawValue(COMPACT.writeValueAsString(value));
        }
    }

    /** 0.0001 rather than 1.0E-4, and 3 rather than 3.0, so the file reads like the Markdown. */
    private static final class PlainDouble extends JsonSerializer<Double> {
        @Override
        public void serialize(Double value, JsonGenerator gen, SerializerProvider serializers) throws IOException {
            if (value.isNaN() || value.isInfinite()) {
                gen.writeNull();
            } else {
                gen.writeNumber(BigDecimal.valueOf(value).stripTrailingZeros().toPlainString());
            }
        }
    }
}
