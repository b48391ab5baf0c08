namespace Netra.Infra.Resources;

/// <summary>
/// Every provider package the program can use. Plugin discovery (the engine's compiler run without a stack)
/// declares all of them; a real run declares those it uses. Versions: `@pulumi/gcp` 9.37.0 is the SDK our
/// research and conformance check read (9.36.1 fixed silently ignored Cloud SQL settings updates,
/// pulumi/pulumi-gcp#3970); `random` is the npm package's current release.
/// </summary>
public static class ProviderCatalog
{
    public static readonly ProviderPackage Gcp = new("gcp", "9.37.0");

    public static readonly ProviderPackage Random = new("random", "4.21.2");

    /// <summary>pulumiverse `time`, for the wait between new log-based metrics and their alert policies; its plugin
    /// is published by pulumiverse, not in Pulumi's registry (@pulumiverse/time package.json `pulumi.server`).</summary>
    public static readonly ProviderPackage Time = new("time", "0.1.1", "github://api.github.com/pulumiverse/pulumi-time");

    public static readonly IReadOnlyList<ProviderPackage> All = [Gcp, Random, Time];
}
