package io.tokenledger.sampledata.cloud;

import io.tokenledger.sampledata.company.ModelSpec;
import io.tokenledger.sampledata.company.TokenBucket;
import java.math.BigDecimal;
import java.util.SortedMap;

/**
 * One line of the company's cloud bill (AWS or Google Cloud) before it is written in a vendor's
 * format: the same charges feed the CUR 2.0 file, the BigQuery billing export and (through {@link
 * CloudChargeSink}) any other rendering of the cloud bill, such as a FOCUS file.
 *
 * @param cloud {@code aws} or {@code gcp}
 * @param usageStartMicros start of the usage window (epoch microseconds UTC)
 * @param usageEndMicros end of the usage window, exclusive
 * @param accountId AWS usage account or GCP project id
 * @param accountName its name
 * @param billingEntity AWS {@code bill_billing_entity} ({@code AWS} or {@code AWS Marketplace});
 *     null for GCP
 * @param serviceCode AWS product code or GCP service id
 * @param serviceName service name ({@code Amazon Bedrock}, {@code Vertex AI}, ...)
 * @param skuId the vendor's SKU id
 * @param description AWS line item description or GCP SKU description
 * @param usageType AWS usage type; null for GCP
 * @param operation AWS operation; null for GCP
 * @param productFamily AWS product family; null for GCP
 * @param productName AWS product name (marketplace listing name for Claude)
 * @param region region code
 * @param resourceId billed resource (instance id, inference profile ARN), or null
 * @param consumedQuantity usage in its natural unit (tokens, hours, GB-months)
 * @param consumedUnit that unit ({@code Tokens}, {@code Hrs}, ...)
 * @param pricingQuantity usage in pricing units (tokens / 1000 for {@code 1K tokens})
 * @param pricingUnit the pricing unit
 * @param unitPrice USD per pricing unit
 * @param cost USD, exact: pricingQuantity x unitPrice
 * @param credit a negative promotional credit on the line (GCP), else zero
 * @param tags resource tags (AWS) or labels (GCP), sorted by key
 * @param model the model for LLM token lines, else null
 * @param bucket the token bucket for LLM token lines, else null
 */
public record CloudCharge(
    String cloud,
    long usageStartMicros,
    long usageEndMicros,
    String accountId,
    String accountName,
    String billingEntity,
    String serviceCode,
    String serviceName,
    String skuId,
    String description,
    String usageType,
    String operation,
    String productFamily,
    String productName,
    String region,
    String resourceId,
    BigDecimal consumedQuantity,
    String consumedUnit,
    BigDecimal pricingQuantity,
    String pricingUnit,
    BigDecimal unitPrice,
    BigDecimal cost,
    BigDecimal credit,
    SortedMap<String, String> tags,
    ModelSpec model,
    TokenBucket bucket) {}
