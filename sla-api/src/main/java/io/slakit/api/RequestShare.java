package io.slakit.api;

/**
 * The requests an outage touched: how many were charged and how many there were in all. HTTPDNS
 * 2.1 weights each outage by this share: 服务不可用时间 = (故障解决时间 - 故障开始时间) x
 * (收费请求次数 / 总请求次数). Counts, not a ratio, so the weighting stays exact.
 *
 * @param chargedRequests the charged requests during the outage (收费请求次数), 0 to {@code totalRequests}
 * @param totalRequests   all requests during the outage (总请求次数), more than 0
 */
public record RequestShare(long chargedRequests, long totalRequests) {

    public RequestShare {
        if (totalRequests <= 0) {
            throw new InvalidInputException("totalRequests", totalRequests, "must be more than 0 (the share is charged / total requests)");
        }
        if (chargedRequests < 0) {
            throw new InvalidInputException("chargedRequests", chargedRequests, "is negative");
        }
        if (chargedRequests > totalRequests) {
            throw new InvalidInputException("chargedRequests", chargedRequests, "is more than totalRequests " + totalRequests);
        }
    }

    public static RequestShare of(long chargedRequests, long totalRequests) {
        return new RequestShare(chargedRequests, totalRequests);
    }

    @Override
    public String toString() {
        return chargedRequests + "/" + totalRequests + " requests charged";
    }
}
