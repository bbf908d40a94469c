package io.tokenledger.sampledata.company;

/**
 * A client company of the demo SaaS (or the SaaS's own internal test traffic).
 *
 * @param index position in the client list (stable key for the random streams)
 * @param id the tenant id the product's telemetry carries (a slug)
 * @param name the name on invoices and in the request ledger
 * @param currency the invoicing currency
 * @param plan the subscription plan
 * @param seats seats at the start of the period
 * @param utcOffsetHours where its users work (business hours drive the traffic)
 * @param size traffic multiplier (seats / 20)
 * @param growthPerMonth monthly growth of seats and traffic
 * @param internal the SaaS's own staging traffic: spend without revenue
 */
public record Client(
    int index,
    String id,
    String name,
    String currency,
    String plan,
    int seats,
    int utcOffsetHours,
    double size,
    double growthPerMonth,
    boolean internal) {

  public String env() {
    return internal ? "staging" : "prod";
  }
}
