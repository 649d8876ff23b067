package org.xinqiao.plugin.salesfile;

import java.util.List;

/**
 * Whether an export's category (商品类目, levels joined by {@code /}) is an agricultural product:
 * its first level is one of ours. The exports we have seen put 农产品 first; the others are the
 * first levels Chinese shop back offices use for fresh and farm produce.
 */
final class AgriculturalCategories {

    static final List<String> FIRST_LEVELS = List.of("农产品", "生鲜", "水果", "蔬菜", "粮油", "禽蛋", "水产", "茶叶");

    private AgriculturalCategories() {
    }

    static boolean isAgricultural(String category) {
        String first = category.split("/", 2)[0].trim();
        return FIRST_LEVELS.contains(first);
    }
}
