using AutoMapper;
using AutoMapper.QueryableExtensions;
using CoopAlliance.Application.Common.Exceptions;
using CoopAlliance.Application.Common.Interfaces;
using CoopAlliance.Application.Common.Security;
using CoopAlliance.Domain.Mentoring;
using FluentValidation;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace CoopAlliance.Application.Mentoring;

/// <summary>The checklist templates, by stage. New developing co-ops get the active ones.</summary>
[Authorize(Roles.Staff)]
public sealed record ListMilestoneTemplates(bool IncludeRetired = false) : IRequest<IReadOnlyList<MilestoneTemplateDto>>;

public sealed class ListMilestoneTemplatesHandler(IAppDbContext db, IMapper mapper)
    : IRequestHandler<ListMilestoneTemplates, IReadOnlyList<MilestoneTemplateDto>>
{
    public async Task<IReadOnlyList<MilestoneTemplateDto>> Handle(ListMilestoneTemplates request, CancellationToken cancellationToken) =>
        await db.MilestoneTemplates.Where(t => request.IncludeRetired || t.IsActive)
            .OrderBy(t => t.Stage).ThenBy(t => t.SortOrder).ThenBy(t => t.Id)
            .ProjectTo<MilestoneTemplateDto>(mapper.ConfigurationProvider).ToListAsync(cancellationToken);
}

/// <summary>Add a template (no <see cref="Id"/>) or edit one (with the version you read). Retire rather than delete.</summary>
[Authorize(Roles.Staff)]
public sealed record SaveMilestoneTemplate(int? Id, int Version, DevelopmentStage Stage, string Title, int SortOrder, bool IsActive = true) : ICommand<int>;

public sealed class SaveMilestoneTemplateValidator : AbstractValidator<SaveMilestoneTemplate>
{
    public SaveMilestoneTemplateValidator()
    {
        RuleFor(x => x.Stage).IsInEnum().WithMessage("Choose a stage of the pipeline.");
        RuleFor(x => x.Title).NotEmpty().WithMessage("Describe the milestone.").MaximumLength(300);
        RuleFor(x => x.SortOrder).InclusiveBetween(0, 1000);
    }
}

public sealed class SaveMilestoneTemplateHandler(IAppDbContext db) : IRequestHandler<SaveMilestoneTemplate, int>
{
    public async Task<int> Handle(SaveMilestoneTemplate request, CancellationToken cancellationToken)
    {
        if (request.Id is not { } id)
        {
            var created = new MilestoneTemplate(request.Stage, request.Title, request.SortOrder);
            if (!request.IsActive)
            {
                created.Update(request.Stage, request.Title, request.SortOrder, false);
            }

            db.MilestoneTemplates.Add(created);
            await db.SaveChangesAsync(cancellationToken); // the id is the answer
            return created.Id;
        }

        var template = await db.MilestoneTemplates.FirstOrDefaultAsync(t => t.Id == id, cancellationToken)
                       ?? throw new NotFoundException("Milestone template", id);
        db.ExpectVersion(template, request.Version);
        template.Update(request.Stage, request.Title, request.SortOrder, request.IsActive);
        return template.Id;
    }
}
