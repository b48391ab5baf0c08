using System.Reflection;
using System.Text.RegularExpressions;
using FluentAssertions;
using Netra.Infra.Diagnostics;
using Netra.Infra.Tests.Support;
using Xunit;

namespace Netra.Infra.Tests;

/// <summary>docs/diagnostics.md explains every code the program can print, once, and no code it cannot.</summary>
public class DiagnosticCatalogueTests
{
    [Fact]
    public void The_catalogue_lists_every_code_once_with_its_meaning_and_fix()
    {
        var codes = typeof(DiagnosticCodes).GetFields(BindingFlags.Public | BindingFlags.Static)
            .Select(f => (string)f.GetValue(null)!)
            .ToList();
        var rows = Regex.Matches(File.ReadAllText(Repo.Path("docs", "diagnostics.md")), @"^\| (NETRA\d{3}) \| (?<meaning>[^|]+) \| (?<fix>[^|]+) \|$", RegexOptions.Multiline);

        rows.Select(r => r.Groups[1].Value).Should().OnlyHaveUniqueItems().And.BeEquivalentTo(codes);
        rows.Should().OnlyContain(r => r.Groups["meaning"].Value.Trim().Length > 10 && r.Groups["fix"].Value.Trim().Length > 5);
    }
}
