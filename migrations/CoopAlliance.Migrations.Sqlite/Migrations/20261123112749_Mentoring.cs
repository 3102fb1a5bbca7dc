using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

#pragma warning disable CA1814 // Prefer jagged arrays over multidimensional

namespace CoopAlliance.Migrations.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class Mentoring : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "DevelopingCoops",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Name = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Kind = table.Column<int>(type: "INTEGER", nullable: false),
                    Sector = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    Region = table.Column<int>(type: "INTEGER", nullable: false),
                    Language = table.Column<string>(type: "TEXT", maxLength: 50, nullable: true),
                    Town = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    State = table.Column<string>(type: "TEXT", maxLength: 2, nullable: true),
                    Description = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    ContactName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    ContactEmail = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    ContactPhone = table.Column<string>(type: "TEXT", maxLength: 25, nullable: true),
                    Stage = table.Column<int>(type: "INTEGER", nullable: false),
                    StageChangedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    CreatedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    RepUserIds = table.Column<string>(type: "TEXT", nullable: false),
                    GraduatedCooperativeId = table.Column<int>(type: "INTEGER", nullable: true),
                    GraduatedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    Version = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_DevelopingCoops", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "Mentors",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    UserId = table.Column<int>(type: "INTEGER", nullable: false),
                    FullName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Email = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false),
                    HomeCoop = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    Sectors = table.Column<string>(type: "TEXT", nullable: false),
                    Languages = table.Column<string>(type: "TEXT", nullable: false),
                    Region = table.Column<int>(type: "INTEGER", nullable: false),
                    Capacity = table.Column<int>(type: "INTEGER", nullable: false),
                    Bio = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    PausedUntil = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    ConflictCoopIds = table.Column<string>(type: "TEXT", nullable: false),
                    Version = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Mentors", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "MilestoneTemplates",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Stage = table.Column<int>(type: "INTEGER", nullable: false),
                    Title = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false),
                    SortOrder = table.Column<int>(type: "INTEGER", nullable: false),
                    IsActive = table.Column<bool>(type: "INTEGER", nullable: false),
                    Version = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_MilestoneTemplates", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "DevelopingCoopNeeds",
                columns: table => new
                {
                    Skill = table.Column<int>(type: "INTEGER", nullable: false),
                    DevelopingCoopId = table.Column<int>(type: "INTEGER", nullable: false),
                    Importance = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_DevelopingCoopNeeds", x => new { x.DevelopingCoopId, x.Skill });
                    table.ForeignKey(
                        name: "FK_DevelopingCoopNeeds_DevelopingCoops_DevelopingCoopId",
                        column: x => x.DevelopingCoopId,
                        principalTable: "DevelopingCoops",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "DevelopmentEvents",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    DevelopingCoopId = table.Column<int>(type: "INTEGER", nullable: false),
                    Kind = table.Column<int>(type: "INTEGER", nullable: false),
                    Text = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: false),
                    Stage = table.Column<int>(type: "INTEGER", nullable: true),
                    At = table.Column<long>(type: "INTEGER", nullable: false),
                    ByUserId = table.Column<int>(type: "INTEGER", nullable: true),
                    ByName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_DevelopmentEvents", x => x.Id);
                    table.ForeignKey(
                        name: "FK_DevelopmentEvents_DevelopingCoops_DevelopingCoopId",
                        column: x => x.DevelopingCoopId,
                        principalTable: "DevelopingCoops",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "DevelopmentMilestone",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    DevelopingCoopId = table.Column<int>(type: "INTEGER", nullable: false),
                    Stage = table.Column<int>(type: "INTEGER", nullable: false),
                    Title = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false),
                    TemplateId = table.Column<int>(type: "INTEGER", nullable: true),
                    DoneOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    DoneByName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_DevelopmentMilestone", x => x.Id);
                    table.ForeignKey(
                        name: "FK_DevelopmentMilestone_DevelopingCoops_DevelopingCoopId",
                        column: x => x.DevelopingCoopId,
                        principalTable: "DevelopingCoops",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "MentorMatches",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    MentorId = table.Column<int>(type: "INTEGER", nullable: false),
                    DevelopingCoopId = table.Column<int>(type: "INTEGER", nullable: false),
                    Status = table.Column<int>(type: "INTEGER", nullable: false),
                    Score = table.Column<int>(type: "INTEGER", nullable: false),
                    Explanation = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: false),
                    ProposedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    OfferedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    OfferExpiresOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    RespondedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    StartedOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    EndedOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    Reason = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true),
                    ClosedByName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    Version = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_MentorMatches", x => x.Id);
                    table.ForeignKey(
                        name: "FK_MentorMatches_DevelopingCoops_DevelopingCoopId",
                        column: x => x.DevelopingCoopId,
                        principalTable: "DevelopingCoops",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_MentorMatches_Mentors_MentorId",
                        column: x => x.MentorId,
                        principalTable: "Mentors",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "MentorSkills",
                columns: table => new
                {
                    Skill = table.Column<int>(type: "INTEGER", nullable: false),
                    MentorId = table.Column<int>(type: "INTEGER", nullable: false),
                    Level = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_MentorSkills", x => new { x.MentorId, x.Skill });
                    table.ForeignKey(
                        name: "FK_MentorSkills_Mentors_MentorId",
                        column: x => x.MentorId,
                        principalTable: "Mentors",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "MentoringReminders",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    MatchId = table.Column<int>(type: "INTEGER", nullable: false),
                    GapStartedOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    SentAt = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_MentoringReminders", x => x.Id);
                    table.ForeignKey(
                        name: "FK_MentoringReminders_MentorMatches_MatchId",
                        column: x => x.MatchId,
                        principalTable: "MentorMatches",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "MentoringSessions",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    MatchId = table.Column<int>(type: "INTEGER", nullable: false),
                    MentorId = table.Column<int>(type: "INTEGER", nullable: false),
                    DevelopingCoopId = table.Column<int>(type: "INTEGER", nullable: false),
                    HeldOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Minutes = table.Column<int>(type: "INTEGER", nullable: false),
                    Topics = table.Column<string>(type: "TEXT", maxLength: 500, nullable: false),
                    Notes = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: true),
                    NextSteps = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    LoggedByName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    LoggedAt = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_MentoringSessions", x => x.Id);
                    table.ForeignKey(
                        name: "FK_MentoringSessions_MentorMatches_MatchId",
                        column: x => x.MatchId,
                        principalTable: "MentorMatches",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.InsertData(
                table: "MilestoneTemplates",
                columns: new[] { "Id", "IsActive", "SortOrder", "Stage", "Title", "Version" },
                values: new object[,]
                {
                    { 1, true, 1, 1, "Core group of at least three future worker-owners", 0 },
                    { 2, true, 2, 1, "Shared vision statement written", 0 },
                    { 3, true, 1, 2, "Feasibility study completed", 0 },
                    { 4, true, 2, 2, "Market research with potential customers", 0 },
                    { 5, true, 1, 3, "Bylaws drafted", 0 },
                    { 6, true, 2, 3, "Business plan written", 0 },
                    { 7, true, 3, 3, "Bookkeeping system chosen", 0 },
                    { 8, true, 1, 4, "Member equity contributions set", 0 },
                    { 9, true, 2, 4, "Financing secured", 0 },
                    { 10, true, 1, 5, "Incorporated as a worker co-operative", 0 },
                    { 11, true, 2, 5, "First worker-owners admitted", 0 },
                    { 12, true, 1, 6, "First annual meeting held", 0 },
                    { 13, true, 2, 6, "Six months of regular bookkeeping", 0 }
                });

            migrationBuilder.CreateIndex(
                name: "IX_DevelopingCoops_Stage",
                table: "DevelopingCoops",
                column: "Stage");

            migrationBuilder.CreateIndex(
                name: "IX_DevelopmentEvents_DevelopingCoopId_At",
                table: "DevelopmentEvents",
                columns: new[] { "DevelopingCoopId", "At" });

            migrationBuilder.CreateIndex(
                name: "IX_DevelopmentMilestone_DevelopingCoopId",
                table: "DevelopmentMilestone",
                column: "DevelopingCoopId");

            migrationBuilder.CreateIndex(
                name: "IX_MentoringReminders_MatchId_GapStartedOn",
                table: "MentoringReminders",
                columns: new[] { "MatchId", "GapStartedOn" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_MentoringSessions_DevelopingCoopId_HeldOn",
                table: "MentoringSessions",
                columns: new[] { "DevelopingCoopId", "HeldOn" });

            migrationBuilder.CreateIndex(
                name: "IX_MentoringSessions_MatchId_HeldOn",
                table: "MentoringSessions",
                columns: new[] { "MatchId", "HeldOn" });

            migrationBuilder.CreateIndex(
                name: "IX_MentorMatches_MentorId_Status",
                table: "MentorMatches",
                columns: new[] { "MentorId", "Status" });

            migrationBuilder.CreateIndex(
                name: "IX_MentorMatches_OneOpenPerCoop",
                table: "MentorMatches",
                column: "DevelopingCoopId",
                unique: true,
                filter: "Status IN (1, 2, 3)");

            migrationBuilder.CreateIndex(
                name: "IX_MentorMatches_Status_OfferExpiresOn",
                table: "MentorMatches",
                columns: new[] { "Status", "OfferExpiresOn" });

            migrationBuilder.CreateIndex(
                name: "IX_Mentors_UserId",
                table: "Mentors",
                column: "UserId",
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "DevelopingCoopNeeds");

            migrationBuilder.DropTable(
                name: "DevelopmentEvents");

            migrationBuilder.DropTable(
                name: "DevelopmentMilestone");

            migrationBuilder.DropTable(
                name: "MentoringReminders");

            migrationBuilder.DropTable(
                name: "MentoringSessions");

            migrationBuilder.DropTable(
                name: "MentorSkills");

            migrationBuilder.DropTable(
                name: "MilestoneTemplates");

            migrationBuilder.DropTable(
                name: "MentorMatches");

            migrationBuilder.DropTable(
                name: "DevelopingCoops");

            migrationBuilder.DropTable(
                name: "Mentors");
        }
    }
}
