using System.Text.RegularExpressions;
using FluentAssertions;
using Netra.Infra.Tests.Support;
using Xunit;

namespace Netra.Infra.Tests;

/// <summary>
/// The layout of every text output, at 60, 80 and 120 columns, as someone woken at 3 a.m. reads and copies it: a URL is
/// on one line, a line runs past the width only with one word that no line can hold, the arrows are `→`, and every line
/// of a value stays under its field.
/// </summary>
public partial class OutputLayoutTests
{
    /// <summary>The URLs the outputs can print: those written in the data and in the program's strings.</summary>
    private static readonly IReadOnlyList<string> Urls = Directory.EnumerateFiles(Repo.Path("stacks"), "*.yaml")
        .Concat(Directory.EnumerateFiles(Repo.Path("infra"), "*.cs", SearchOption.AllDirectories))
        .SelectMany(f => Url().Matches(File.ReadAllText(f)).Select(m => m.Value.TrimEnd('.', ',', ';', ':')))
        .Where(u => u.Length > "https://".Length)
        .Distinct(StringComparer.Ordinal)
        .ToList();

    [Theory]
    [MemberData(nameof(TextOutputs.Cases), MemberType = typeof(TextOutputs))]
    public void Every_URL_is_whole_on_one_line(string command)
    {
        foreach (var width in TextOutputs.Widths)
        {
            var text = TextOutputs.Of(command, width);
            var lines = text.Split('\n');

            // Printed at all (found once the line breaks and indents are taken out), then printed whole on one line.
            var printed = Urls.Where(Regex.Replace(text, @"\s+", "").Contains).ToList();
            printed.Where(u => !lines.Any(l => l.Contains(u, StringComparison.Ordinal)))
                .Should().BeEmpty($"`{command}` at {width} columns prints these URLs broken across lines");
        }
    }

    [Fact]
    public void The_URL_check_sees_the_URLs_the_outputs_print()
    {
        var printed = TextOutputs.Commands.SelectMany(c => Urls.Where(TextOutputs.Of(c, 80).Contains)).ToHashSet(StringComparer.Ordinal);

        printed.Should().Contain("https://cloud.google.com/run/docs/configuring/max-instances#service-vs-revision-level", "the switches' reason for auth's in-place change cites it")
            .And.Contain("https://cloud.google.com/run/docs/securing/service-identity", "the inventory's unconfirmed values cite it")
            .And.Contain("https://cloud.google.com/load-balancing/docs/ssl-policies-concepts", "the front-door-modern-tls step cites it");
    }

    [Theory]
    [MemberData(nameof(TextOutputs.Cases), MemberType = typeof(TextOutputs))]
    public void A_line_runs_past_the_width_only_with_one_word_no_line_can_hold(string command)
    {
        foreach (var width in TextOutputs.Widths)
        {
            var lines = TextOutputs.Of(command, width).Split('\n');

            var over = lines.Select((line, i) => (line, i)).Where(l => l.line.Length > width);
            over.Where(l => !OneWord(l.line, l.i > 0 && lines[l.i - 1].EndsWith(" \\", StringComparison.Ordinal)))
                .Select(l => l.line)
                .Should().BeEmpty($"at {width} columns a longer line of `{command}` could have wrapped between its words");
        }
    }

    [Theory]
    [MemberData(nameof(TextOutputs.Cases), MemberType = typeof(TextOutputs))]
    public void Every_arrow_is_the_same_arrow(string command)
    {
        TextOutputs.Of(command, 80).Split('\n').Where(l => l.Contains("->", StringComparison.Ordinal))
            .Should().BeEmpty("a change reads `before → after` in every output");
    }

    [Theory]
    [MemberData(nameof(TextOutputs.Inventories), MemberType = typeof(TextOutputs))]
    public void In_an_inventory_every_line_of_a_value_is_under_its_field(string command)
    {
        var profile = command.Split(' ')[4];
        // A resource's line, or its name alone when the type goes on the next line.
        var resources = Programs.Staging(profile).Resources.SelectMany(r => new[] { $"{r.Name}  {r.Type}", r.Name }).ToHashSet(StringComparer.Ordinal);
        foreach (var width in TextOutputs.Widths)
        {
            var text = TextOutputs.Of(command, width);
            var inventory = text[text.IndexOf("\n# ", StringComparison.Ordinal)..text.IndexOf("\noutputs\n", StringComparison.Ordinal)];

            // At the left margin only the header and the resources' names; a value's second paragraph is not a resource.
            inventory.Split('\n').Where(l => l.Length > 0 && l[0] != ' ' && !l.StartsWith("# ", StringComparison.Ordinal) && !resources.Contains(l))
                .Should().BeEmpty($"at {width} columns every line of a field's value is indented under the field");
        }
    }

    [Theory]
    [MemberData(nameof(TextOutputs.Plans), MemberType = typeof(TextOutputs))]
    public void In_a_plan_every_line_of_a_step_is_under_the_step(string command)
    {
        foreach (var width in TextOutputs.Widths)
        {
            var outside = new List<string>();
            var inStep = false;
            foreach (var line in TextOutputs.Of(command, width).Split('\n'))
            {
                // A step's block runs from its `Step i of n` to the next heading at the left margin.
                if (line.Length > 0 && line[0] != ' ')
                {
                    if (line.StartsWith("Step ", StringComparison.Ordinal))
                    {
                        inStep = true;
                    }
                    else if (Headings.Any(h => line.StartsWith(h, StringComparison.Ordinal)))
                    {
                        inStep = false;
                    }
                    else if (inStep)
                    {
                        outside.Add(line);
                    }
                }
            }

            outside.Should().BeEmpty($"at {width} columns each line of `{command}`'s changes is indented under its step");
        }
    }

    [Theory]
    [InlineData(60)]
    [InlineData(80)]
    [InlineData(120)]
    public void A_change_of_a_value_in_paragraphs_shows_each_paragraph_before_and_after_under_the_field(int width)
    {
        var text = TextOutputs.Of("plan --stack staging --step grow-primary", width);

        // The connector-throughput alert's documentation: its ceilings change with the grown primary.
        var field = text.IndexOf("      documentation.content:\n", StringComparison.Ordinal);
        field.Should().BePositive("the step changes an alert's documentation, which has paragraphs");
        var lines = text[field..].Split('\n').Skip(1).TakeWhile(l => l.Length == 0 || l.StartsWith("        ", StringComparison.Ordinal)).ToList();
        lines.Where(l => l.StartsWith("        → ", StringComparison.Ordinal)).Should().ContainSingle("the value after follows one arrow in the margin");
        lines.Where(l => l.Length > 0 && !l.StartsWith("        → ", StringComparison.Ordinal)).Should().OnlyContain(l => l.StartsWith("          ", StringComparison.Ordinal), "every paragraph keeps the field's hanging indent");
        var before = string.Join(' ', lines.TakeWhile(l => !l.StartsWith("        → ", StringComparison.Ordinal)).Select(l => l.Trim()));
        before.Should().Contain("Runbook step normal → emergency:").And.Contain("800 of 1,000 Mbps").And.NotContain("12,800 of 16,000 Mbps");
        var after = string.Join(' ', lines.SkipWhile(l => !l.StartsWith("        → ", StringComparison.Ordinal)).Select(l => l.Trim()));
        after.Should().Contain("Runbook step normal → emergency:").And.Contain("12,800 of 16,000 Mbps");
    }

    /// <summary>Where a step's block ends: the headings a plan prints at the left margin after its steps.</summary>
    private static readonly string[] Headings = ["Routes out of ", "Cost per day, ", "Cost: ", "Inferred, not measured"];

    /// <summary>
    /// Whether a line, past its indent, a command's `$ ` (or `confirm: `) and its ` \`, is one word: no space outside a
    /// code span or, in a command, outside quotes.
    /// </summary>
    private static bool OneWord(string line, bool continued)
    {
        var content = line.TrimStart();
        var command = continued;
        foreach (var prefix in new[] { "$ ", "confirm: ", "# Regenerate: " })
        {
            if (content.StartsWith(prefix, StringComparison.Ordinal))
            {
                (content, command) = (content[prefix.Length..], true);
            }
        }

        if (content.EndsWith(" \\", StringComparison.Ordinal))
        {
            (content, command) = (content[..^2], true);
        }

        var quote = '\0';
        foreach (var c in content)
        {
            if (quote == '\0' && (c == '`' || (command && c is '\'' or '"')))
            {
                quote = c;
            }
            else if (quote != '\0' && c == quote)
            {
                quote = '\0';
            }
            else if (quote == '\0' && c == ' ')
            {
                return false;
            }
        }

        return true;
    }

    [GeneratedRegex(@"https?://[^\s""'`)\]{}\\|<>]+")]
    private static partial Regex Url();
}
