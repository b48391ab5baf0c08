using FluentAssertions;
using Netra.Infra.Config;
using Xunit;

namespace Netra.Infra.Tests;

/// <summary>The textual copy of the secrets keys into a profile file: every other line stays byte for byte.</summary>
public class StackSecretsLinesTests
{
    private const string Salt = "v1:Zm9vYmFyYmF6:v1:AAAAc2FtcGxlLW5vdC1yZWFs";
    private static readonly StackSecretsConfiguration Passphrase = new(Salt, null, null);

    [Fact]
    public void Windows_line_endings_stay_windows_line_endings()
    {
        var result = StackSecretsLines.CopyInto("# profile\r\nconfig:\r\n  netra:profile: emergency\r\n", $"encryptionsalt: {Salt}\n", Passphrase);

        result.Should().Be($"# profile\r\nconfig:\r\n  netra:profile: emergency\r\nencryptionsalt: {Salt}\r\n");
    }

    [Fact]
    public void A_value_continued_on_indented_lines_is_replaced_whole_and_a_comment_below_it_stays()
    {
        var profile = "encryptedkey: CiQAold\n  continued\n# kept\nconfig:\n  netra:profile: direct\n";
        var stack = "secretsprovider: gcpkms://projects/example/locations/global/keyRings/r/cryptoKeys/k\nencryptedkey: CiQAnew==\nconfig:\n  netra:profile: normal\n";

        var result = StackSecretsLines.CopyInto(profile, stack, new StackSecretsConfiguration(null, "gcpkms://projects/example/locations/global/keyRings/r/cryptoKeys/k", "CiQAnew=="));

        result.Should().Be("encryptedkey: CiQAnew==\n# kept\nconfig:\n  netra:profile: direct\nsecretsprovider: gcpkms://projects/example/locations/global/keyRings/r/cryptoKeys/k\n");
    }

    [Fact]
    public void The_stack_files_own_line_is_copied_as_written_quotes_and_all()
    {
        var result = StackSecretsLines.CopyInto("config:\n  netra:profile: direct\n", $"\"encryptionsalt\": '{Salt}'\nconfig: {{}}\n", Passphrase);

        result.Should().Be($"config:\n  netra:profile: direct\n\"encryptionsalt\": '{Salt}'\n");
    }

    [Fact]
    public void A_stack_file_in_flow_style_has_no_line_to_copy_so_the_value_is_written_quoted()
    {
        var result = StackSecretsLines.CopyInto("config:\n  netra:profile: direct\n", $"{{encryptionsalt: \"{Salt}\", config: {{netra:profile: normal}}}}\n", Passphrase);

        result.Should().Be($"config:\n  netra:profile: direct\nencryptionsalt: \"{Salt}\"\n");
    }

    [Fact]
    public void Without_a_config_key_the_lines_go_at_the_end_and_a_missing_final_newline_stays_missing()
    {
        StackSecretsLines.CopyInto("# nothing yet", $"encryptionsalt: {Salt}\n", Passphrase).Should().Be($"# nothing yet\nencryptionsalt: {Salt}");
    }

    [Fact]
    public void A_key_the_stack_lacks_is_removed_and_nothing_else_moves()
    {
        var profile = $"# top\nencryptionsalt: {Salt}\nconfig:\n  netra:profile: rollback\n# bottom\n";

        StackSecretsLines.CopyInto(profile, "config:\n  netra:profile: normal\n", StackSecretsConfiguration.None)
            .Should().Be("# top\nconfig:\n  netra:profile: rollback\n# bottom\n");
    }

    [Fact]
    public void A_file_that_already_matches_comes_back_unchanged()
    {
        var profile = $"# a comment\nconfig:\n  netra:profile: emergency   # trailing\nencryptionsalt: {Salt}\n\n";

        StackSecretsLines.CopyInto(profile, $"encryptionsalt: {Salt}\n", Passphrase).Should().Be(profile);
    }
}
