namespace Netra.Infra.Model;

/// <summary>What one run declares: an environment with the profile its stack configuration selects.</summary>
public sealed record Deployment(EnvironmentSpec Environment, ProfileSpec Profile);
