package org.xinqiao.plugin.livestream;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.HashMap;

import java.util.Map;

/**
 * Names the category ids of order lines and decides which are agricultural.
 *
 * <p>order.searchList gives only category ids ({@code first_cid} … {@code fourth_cid}); the names
 * come from {@code shop.getShopCategory} (the children of a category id, 0 for the first level).
 * Names are looked up once per call of the plugin and not kept afterwards.
 *
 * <p>A line is agricultural when its category path, by name ({@code 生鲜/水果}) or by id ({@code
 * 20005/20174}), starts with one of the configured paths, level by level: {@code 生鲜} matches
 * {@code 生鲜/水果}, not {@code 生鲜食品}.
 */
final class Categories {

    private final LivestreamClient client;
    private final LivestreamSettings settings;
    private final Map<Long, Map<Long, String>> childrenByParent = new HashMap<>();

    Categories(LivestreamClient client, LivestreamSettings settings) {
        this.client = client;
        this.settings = settings;
    }

    /** The category of a sku order: its first two levels, by name and by id. */
    Category of(JsonNode skuOrder) {
        long first = skuOrder.path("first_cid").asLong();
        long second = skuOrder.path("second_cid").asLong();
        if (first == 0) {
            return new Category("", "");
        }
        String names = name(0, first);
        String ids = Long.toString(first);
        if (second != 0) {
            names += "/" + name(first, second);
            ids += "/" + second;
        }
        return new Category(names, ids);
    }

    boolean isAgricultural(Category category) {
        return settings.agriculturalCategories().stream()
                .anyMatch(prefix -> startsWith(category.names(), prefix) || startsWith(category.ids(), prefix));
    }

    private String name(long parent, long id) {
        Map<Long, String> children = childrenByParent.computeIfAbsent(parent, this::fetchChildren);
        return children.getOrDefault(id, Long.toString(id));
    }

    private Map<Long, String> fetchChildren(long parent) {
        JsonNode data = client.call(settings, "shop.getShopCategory", Map.of("cid", parent));
        Map<Long, String> children = new HashMap<>();
        for (JsonNode item : data) {
            children.put(item.path("id").asLong(), item.path("name").asText());
        }
        return children;
    }

    private static boolean startsWith(String path, String prefix) {
        return !prefix.isEmpty() && (path.equals(prefix) || path.startsWith(prefix + "/"));
    }

    record Category(String names, String ids) {
    }
}
