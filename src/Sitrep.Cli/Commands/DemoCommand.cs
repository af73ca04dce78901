namespace Sitrep.Cli.Commands;
