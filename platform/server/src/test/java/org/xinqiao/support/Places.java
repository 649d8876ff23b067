package org.xinqiao.support;

import java.util.concurrent.ThreadLocalRandom;

/** Creates villages with fresh division codes, so tests sharing one database never collide. */
public final class Places {

    private Places() {
    }

    /** Creates a village (with one station) as the administrator; returns its id. */
    public static long newVillage(Api api, String adminToken, String name) {
        String township = "9" + String.format("%08d", ThreadLocalRandom.current().nextInt(100_000_000));
        String code = township + String.format("%03d", ThreadLocalRandom.current().nextInt(1000));
        return api.post("/api/v1/admin/villages", adminToken, """
                {"code":"%s","name":"%s","townshipCode":"%s","townshipName":"测试镇","countyName":"测试县","city":"测试市",
                 "province":"测试省","stationName":"%s服务站"}""".formatted(code, name, township, name))
                .expect(201).number("id");
    }
}
