namespace Netra.Infra.Config;

/// <summary>One `Pulumi.&lt;name&gt;.yaml` and the secrets configuration it states.</summary>
public sealed record FileSecrets(SourceFile File, StackSecretsConfiguration Secrets);
