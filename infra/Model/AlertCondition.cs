namespace Netra.Infra.Model;

/// <summary>The kinds of alert condition we use (Monitoring AlertPolicy conditions).</summary>
public enum AlertCondition
{
    /// <summary>conditionThreshold on one time series filter.</summary>
    Threshold,

    /// <summary>conditionThreshold with a denominator: a real ratio, never a count.</summary>
    Ratio,

    /// <summary>conditionMatchedLog: a log filter; must be the policy's only condition, with a rate limit.</summary>
    LogMatch,

    /// <summary>conditionPrometheusQueryLanguage: a PromQL query over Cloud Monitoring's metrics, which fires while it
    /// returns a series (https://cloud.google.com/monitoring/promql/promql-in-alerting).</summary>
    PromQl,

    /// <summary>A PromQL condition generated for the profile: a connector that reached its own maximum instances within
    /// the window. At its maximum a connector stays there (connectors never scale in), so the state itself is no event;
    /// reaching it is, and the condition clears once the window has passed.</summary>
    ConnectorReachedMaximum,

    /// <summary>A PromQL condition generated for the profile: a connector's traffic (sent + received) above a fraction of
    /// what it carries at its own maximum instances.</summary>
    ConnectorThroughput,
}
