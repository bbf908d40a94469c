package io.tokenledger.sampledata.company;

/**
 * The provider-side identity a call is made with: what bills group by and mapping rules key on.
 *
 * @param keyId the API key id as exports show it (OpenAI {@code key_...}, Anthropic {@code
 *     apikey_01...}, an IAM role ARN, a service account)
 * @param keyName the key's display name (Anthropic Console CSVs show names)
 * @param projectId OpenAI project id, Anthropic workspace id (null = Default workspace), AWS
 *     account id, GCP project id
 * @param projectName the project's or workspace's display name
 * @param resourceId the billed resource where there is one (Bedrock application inference profile
 *     ARN), else null
 */
public record Credential(
    String keyId, String keyName, String projectId, String projectName, String resourceId) {}
