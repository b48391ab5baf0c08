using Netra.Infra.Resources;

namespace Netra.Infra.Components;

/// <summary>
/// What a Cloud Run service is connected to: its connector, or the subnet of its direct egress with its network tags (or
/// neither), its own service account, the secrets its
/// env vars read (env var → secret), and the access grants that must exist before its revision starts (TPG#13786).
/// Until the services' identities are ours the account is left as it is today (null).
/// </summary>
public sealed record ServiceWiring(
    ReferenceValue? Connector,
    ReferenceValue? ServiceAccountEmail,
    IReadOnlyDictionary<string, SecretReference> Secrets,
    IReadOnlyList<ReferenceValue> DependsOn,
    PropertyValue? DirectEgressSubnet = null,
    IReadOnlyList<string>? NetworkTags = null);
