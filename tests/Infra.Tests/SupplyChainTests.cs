using System.Text.Json;
using System.Xml.Linq;
using FluentAssertions;
using Netra.Infra.Resources;
using Netra.Infra.Tests.Support;
using Xunit;

namespace Netra.Infra.Tests;

/// <summary>
/// A locked restore: one NuGet source for every package, lock files committed for every project and read in locked
/// mode on CI, the SDK band pinned and allowing this machine's SDK, and the provider SDKs the conformance tests check
/// at exactly the versions the program makes the engine install.
/// </summary>
public class SupplyChainTests
{
    [Fact]
    public void Nuget_config_clears_inherited_sources_and_maps_every_package_to_nuget_org_alone()
    {
        var config = XDocument.Load(Repo.Path("nuget.config")).Root!;

        var sources = config.Element("packageSources")!;
        sources.Elements().First().Name.LocalName.Should().Be("clear", "no source of the machine's or user's NuGet.Config is consulted");
        sources.Elements("add").Select(a => (a.Attribute("key")!.Value, a.Attribute("value")!.Value))
            .Should().Equal([("nuget.org", "https://api.nuget.org/v3/index.json")]);
        var mapping = config.Element("packageSourceMapping")!.Elements("packageSource").ToList();
        mapping.Select(m => m.Attribute("key")!.Value).Should().Equal("nuget.org");
        mapping.Single().Elements("package").Select(p => p.Attribute("pattern")!.Value).Should().Equal("*");
    }

    [Fact]
    public void Every_project_restores_from_a_committed_lock_file_and_ci_restores_in_locked_mode()
    {
        var props = XDocument.Load(Repo.Path("Directory.Build.props")).Root!.Elements("PropertyGroup").Elements().ToList();

        props.Single(p => p.Name.LocalName == "RestorePackagesWithLockFile").Value.Should().Be("true");
        var locked = props.Single(p => p.Name.LocalName == "RestoreLockedMode");
        (locked.Value, locked.Attribute("Condition")!.Value).Should().Be(("true", "'$(CI)' == 'true'"), "GitHub Actions sets CI=true");
        File.ReadAllText(Repo.Path(".ci", "run")).Should().Contain("dotnet restore Infra.sln --locked-mode");

        foreach (var project in new[] { Repo.Path("infra", "Infra.csproj"), Repo.Path("tests", "Infra.Tests", "Infra.Tests.csproj") })
        {
            var lockFile = Path.Combine(Path.GetDirectoryName(project)!, "packages.lock.json");
            File.Exists(lockFile).Should().BeTrue($"{lockFile} is committed");
            using var document = JsonDocument.Parse(File.ReadAllText(lockFile));
            var direct = document.RootElement.GetProperty("dependencies").GetProperty("net10.0").EnumerateObject()
                .Where(d => d.Value.GetProperty("type").GetString() == "Direct")
                .ToDictionary(d => d.Name, d => d.Value.GetProperty("resolved").GetString());
            var references = XDocument.Load(project).Descendants("PackageReference")
                .ToDictionary(r => r.Attribute("Include")!.Value, r => r.Attribute("Version")!.Value);
            direct.Should().BeEquivalentTo(references, $"{lockFile} locks exactly the versions {Path.GetFileName(project)} names");
            document.RootElement.GetProperty("dependencies").GetProperty("net10.0").EnumerateObject()
                .Where(d => d.Value.GetProperty("type").GetString() != "Project")
                .Should().OnlyContain(d => d.Value.GetProperty("contentHash").GetString()!.Length > 0, "every package is checked by its hash");
        }
    }

    [Fact]
    public void On_ci_a_restore_whose_references_differ_from_the_lock_file_fails_before_anything_is_downloaded()
    {
        using var project = new ProjectCopy("netra-locked-");
        var ci = new Dictionary<string, string> { ["CI"] = "true" };

        var locked = ProcessRunner.Run("dotnet", project.Root, ci, "restore", project.Path("infra", "Infra.csproj"));
        locked.ExitCode.Should().Be(0, locked.Output);

        var csproj = project.Path("infra", "Infra.csproj");
        File.WriteAllText(csproj, File.ReadAllText(csproj).Replace("Include=\"CliWrap\" Version=\"3.10.5\"", "Include=\"CliWrap\" Version=\"3.10.4\"", StringComparison.Ordinal));
        var (exit, output) = ProcessRunner.Run("dotnet", project.Root, ci, "restore", csproj);

        exit.Should().NotBe(0);
        output.Should().Contain("error NU1004: The package reference CliWrap version has changed from [3.10.5, ) to [3.10.4, )");
    }

    [Fact]
    public void Global_json_pins_the_sdk_band_and_allows_the_sdk_the_builds_here_use()
    {
        using var document = JsonDocument.Parse(File.ReadAllText(Repo.Path("global.json")));
        var sdk = document.RootElement.GetProperty("sdk");
        var version = sdk.GetProperty("version").GetString()!;
        var rollForward = sdk.GetProperty("rollForward").GetString();

        rollForward.Should().BeOneOf(["latestPatch", "latestFeature"], "the band is pinned, its patches (and features) taken");
        var (exit, output) = ProcessRunner.Run("dotnet", Repo.Root, "--version");
        exit.Should().Be(0, output);
        var running = output.Trim();
        Band(running).Should().Be(rollForward == "latestPatch" ? Band(version) : Band(running));
        running.Split('.')[..2].Should().Equal(version.Split('.')[..2], "the same major and minor: net10.0");
        Version.Parse(running).Should().BeGreaterThanOrEqualTo(Version.Parse(version));
    }

    [Fact]
    public void The_provider_sdks_the_conformance_tests_check_are_the_versions_the_engine_installs()
    {
        using var document = JsonDocument.Parse(File.ReadAllText(Repo.Path("conformance", "package.json")));
        var dependencies = document.RootElement.GetProperty("dependencies");

        dependencies.GetProperty("@pulumi/gcp").GetString().Should().Be(ProviderCatalog.Gcp.Version);
        dependencies.GetProperty("@pulumi/random").GetString().Should().Be(ProviderCatalog.Random.Version);
        dependencies.GetProperty("@pulumiverse/time").GetString().Should().Be(ProviderCatalog.Time.Version,
            "a Dependabot update of an SDK must be followed in infra/Resources/ProviderCatalog.cs, or the engine installs a provider nobody checked");
    }

    // 10.0.401 → "10.0.4": the feature band's digit.
    private static string Band(string version) => version[..(version.LastIndexOf('.') + 2)];
}
