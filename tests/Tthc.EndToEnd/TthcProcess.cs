using System.Diagnostics;
using System.Text;

namespace Tthc.EndToEnd;

/// <summary>The real <c>tthc</c> command as a child process (<c>dotnet tthc.dll …</c>).</summary>
internal sealed class TthcProcess : IDisposable
{
    private readonly Process process;
    private readonly StringBuilder stdout = new();
    private readonly StringBuilder stderr = new();

    private TthcProcess(Process process) => this.process = process;

    public string StandardOutput
    {
        get
        {
            lock (stdout)
            {
                return stdout.ToString();
            }
        }
    }

    public string StandardError
    {
        get
        {
            lock (stderr)
            {
                return stderr.ToString();
            }
        }
    }

    public int Id => process.Id;

    public bool HasExited => process.HasExited;

    public int ExitCode => process.ExitCode;

    public static TthcProcess Start(IDictionary<string, string?>? environment, params string[] args) => StartIn(AppContext.BaseDirectory, environment, args);

    /// <summary>Runs the <c>tthc.dll</c> of <paramref name="folder"/>, from that folder.</summary>
    public static TthcProcess StartIn(string folder, IDictionary<string, string?>? environment, params string[] args)
    {
        var dll = Path.Combine(folder, "tthc.dll");
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false, StandardOutputEncoding = Encoding.UTF8, StandardErrorEncoding = Encoding.UTF8, WorkingDirectory = folder };
        start.ArgumentList.Add(dll);
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        foreach (var (key, value) in environment ?? new Dictionary<string, string?>())
        {
            start.Environment[key] = value;
        }

        var result = new TthcProcess(Process.Start(start)!);
        result.process.OutputDataReceived += (_, e) => Append(result.stdout, e.Data);
        result.process.ErrorDataReceived += (_, e) => Append(result.stderr, e.Data);
        result.process.BeginOutputReadLine();
        result.process.BeginErrorReadLine();
        return result;
    }

    public static async Task<(int ExitCode, string Output, string Error)> RunAsync(params string[] args)
    {
        using var run = Start(null, args);
        await run.WaitForExitAsync(TimeSpan.FromSeconds(60));
        return (run.ExitCode, run.StandardOutput, run.StandardError);
    }

    public async Task<string?> WaitForOutputAsync(string text, TimeSpan timeout)
    {
        var until = DateTime.UtcNow + timeout;
        while (DateTime.UtcNow < until && !process.HasExited)
        {
            var line = StandardOutput.Split('\n').FirstOrDefault(l => l.Contains(text, StringComparison.Ordinal));
            if (line is not null)
            {
                return line;
            }

            await Task.Delay(100, TestContext.Current.CancellationToken);
        }

        return null;
    }

    /// <summary>
    /// Waits for serve's ready line and returns the address it listens on. Tests start serve with <c>--port 0</c>: a port
    /// picked beforehand could be taken by the Azurite serve starts before serve binds it.
    /// </summary>
    public async Task<Uri?> WaitForServeAddressAsync(TimeSpan timeout)
    {
        var line = await WaitForOutputAsync("serve ready: ", timeout);
        if (line is null)
        {
            return null;
        }

        var api = line[line.IndexOf("http", StringComparison.Ordinal)..].Split(' ')[0];
        return new Uri(api[..^"api/".Length]);
    }

    /// <summary>Sends Ctrl+C (SIGINT).</summary>
    public void Interrupt()
    {
        using var kill = Process.Start("kill", ["-INT", process.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)]);
        kill.WaitForExit();
    }

    public async Task WaitForExitAsync(TimeSpan timeout)
    {
        using var cts = new CancellationTokenSource(timeout);
        await process.WaitForExitAsync(cts.Token);
        process.WaitForExit();
    }

    public void Dispose()
    {
        if (!process.HasExited)
        {
            process.Kill(entireProcessTree: true);
        }

        process.Dispose();
    }

    private static void Append(StringBuilder sb, string? line)
    {
        if (line is null)
        {
            return;
        }

        lock (sb)
        {
            sb.Append(line).Append('\n');
        }
    }
}
