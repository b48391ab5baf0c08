namespace Netra.Infra.Model;

/// <summary>Which of a service's outbound traffic goes through its connector.</summary>
public enum Egress
{
    PrivateRangesOnly,
    AllTraffic,
}
