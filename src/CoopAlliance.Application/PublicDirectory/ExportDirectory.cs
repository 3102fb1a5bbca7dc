using CoopAlliance.Application.Common.Interfaces;
using CoopAlliance.Application.Common.Models;
using CoopAlliance.Application.Common.Security;
using CoopAlliance.Domain.Cooperatives;
using FluentValidation;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace CoopAlliance.Application.PublicDirectory;

/// <summary>The public directory as it is filtered (all pages) as CSV: the same co-ops and the same public fields as the page.</summary>
[PublicRequest]
public sealed record ExportDirectory(string? Q, Region? Region, string? Sector = null) : IRequest<string>;

public sealed class ExportDirectoryValidator : AbstractValidator<ExportDirectory>
{
    public ExportDirectoryValidator()
    {
        RuleFor(x => x.Q).MaximumLength(100);
        RuleFor(x => x.Sector).MaximumLength(100);
    }
}

public sealed class ExportDirectoryHandler(IAppDbContext db) : IRequestHandler<ExportDirectory, string>
{
    public async Task<string> Handle(ExportDirectory request, CancellationToken cancellationToken)
    {
        var entries = await DirectoryFilter.Apply(db, request.Q, request.Region, request.Sector).ToListAsync(cancellationToken);
        var csv = new CsvBuilder().Row("Name", "Sector", "Town", "State", "Region", "Website", "Description");
        foreach (var e in entries)
        {
            csv.Row(e.Name, e.Sector, e.Town, e.State, e.Region.Describe(), e.Website, e.Description);
        }

        return csv.ToString();
    }
}
