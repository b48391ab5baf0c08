namespace Netra.Infra.Model;

/// <summary>What one run declares: an environment with the profile its stack configuration selects.
/// <see cref="Adopt"/>: adoption mode, which declares only what exists today, each with its import id.
public sealed record Deployment(EnvironmentSpec Environment, ProfileSpec Profile, bool Adopt = false);
