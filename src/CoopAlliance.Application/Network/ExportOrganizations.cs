using System.Text;
using CoopAlliance.Application.Benefits.Documents;
using CoopAlliance.Application.Common.Interfaces;
using CoopAlliance.Application.Common.Models;
using CoopAlliance.Application.Common.Security;
using CoopAlliance.Domain.Cooperatives;
using CoopAlliance.Domain.Network;
using FluentValidation;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace CoopAlliance.Application.Network;

/// <summary>Staff: the filtered directory of allied organisations, all pages, as CSV.</summary>
[Authorize(Roles.Staff)]
public sealed record ExportOrganizations(string? Q = null, OrganizationKind? Kind = null, Region? Region = null) : IRequest<CsvFile>;

public sealed class ExportOrganizationsValidator : AbstractValidator<ExportOrganizations>
{
    public ExportOrganizationsValidator()
    {
        RuleFor(x => x.Q).MaximumLength(200);
        RuleFor(x => x.Kind).IsInEnum();
        RuleFor(x => x.Region).IsInEnum();
    }
}

public sealed class ExportOrganizationsHandler(IAppDbContext db) : IRequestHandler<ExportOrganizations, CsvFile>
{
    public async Task<CsvFile> Handle(ExportOrganizations request, CancellationToken cancellationToken)
    {
        var csv = new CsvBuilder().Row("Id", "Name", "Kind", "Region", "Offers", "Website", "Relationships with co-ops");
        foreach (var o in await OrganizationFilter.Apply(db, request.Q, request.Kind, request.Region).ToListAsync(cancellationToken))
        {
            csv.Row(o.Id, o.Name, o.Kind.Describe(), o.Region.Describe(), o.Offers, o.Website, o.Relationships);
        }

        return new CsvFile("allied-organizations.csv", Encoding.UTF8.GetBytes(csv.ToString()));
    }
}
