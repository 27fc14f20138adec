using System.CommandLine;
using System.Text;
using Tthc.Cli.Commands;

Console.OutputEncoding = Encoding.UTF8;
var root = new RootCommand("tthc — báo cáo cải cách thủ tục hành chính / TTHC report pipeline")
{
    ParseCommand.Create(),
    ServeCommand.Create(),
    DemoCommand.Create(),
    BenchCommand.Create(),
    KeysCommand.Create(),
};
return await root.Parse(args).InvokeAsync();
