using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace CoopAlliance.Migrations.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class AddConversions : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "Conversions",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    BusinessName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Sector = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    Region = table.Column<int>(type: "INTEGER", nullable: false),
                    Town = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    State = table.Column<string>(type: "TEXT", maxLength: 2, nullable: true),
                    OwnerName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    OwnerEmail = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    OwnerPhone = table.Column<string>(type: "TEXT", maxLength: 25, nullable: true),
                    Reason = table.Column<int>(type: "INTEGER", nullable: false),
                    TargetSaleOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    TimelineNotes = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    Valuation = table.Column<decimal>(type: "TEXT", precision: 18, scale: 2, nullable: true),
                    Stage = table.Column<int>(type: "INTEGER", nullable: false),
                    StageChangedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    CreatedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    NotConvertedReason = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true),
                    DevelopingCoopId = table.Column<int>(type: "INTEGER", nullable: true),
                    Version = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Conversions", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Conversions_DevelopingCoops_DevelopingCoopId",
                        column: x => x.DevelopingCoopId,
                        principalTable: "DevelopingCoops",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "ConversionNote",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    ConversionId = table.Column<int>(type: "INTEGER", nullable: false),
                    Stage = table.Column<int>(type: "INTEGER", nullable: false),
                    Text = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: false),
                    ByName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    ByUserId = table.Column<int>(type: "INTEGER", nullable: true),
                    At = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ConversionNote", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ConversionNote_Conversions_ConversionId",
                        column: x => x.ConversionId,
                        principalTable: "Conversions",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "ConversionStageChange",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    ConversionId = table.Column<int>(type: "INTEGER", nullable: false),
                    From = table.Column<int>(type: "INTEGER", nullable: true),
                    To = table.Column<int>(type: "INTEGER", nullable: false),
                    Note = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true),
                    ByName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    ByUserId = table.Column<int>(type: "INTEGER", nullable: true),
                    At = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ConversionStageChange", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ConversionStageChange_Conversions_ConversionId",
                        column: x => x.ConversionId,
                        principalTable: "Conversions",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "ConversionWorker",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    ConversionId = table.Column<int>(type: "INTEGER", nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Role = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    Email = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    InterestedInOwnership = table.Column<bool>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ConversionWorker", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ConversionWorker_Conversions_ConversionId",
                        column: x => x.ConversionId,
                        principalTable: "Conversions",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_ConversionNote_ConversionId_At",
                table: "ConversionNote",
                columns: new[] { "ConversionId", "At" });

            migrationBuilder.CreateIndex(
                name: "IX_Conversions_BusinessName",
                table: "Conversions",
                column: "BusinessName");

            migrationBuilder.CreateIndex(
                name: "IX_Conversions_DevelopingCoopId",
                table: "Conversions",
                column: "DevelopingCoopId",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Conversions_Stage",
                table: "Conversions",
                column: "Stage");

            migrationBuilder.CreateIndex(
                name: "IX_ConversionStageChange_ConversionId_At",
                table: "ConversionStageChange",
                columns: new[] { "ConversionId", "At" });

            migrationBuilder.CreateIndex(
                name: "IX_ConversionWorker_ConversionId",
                table: "ConversionWorker",
                column: "ConversionId");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "ConversionNote");

            migrationBuilder.DropTable(
                name: "ConversionStageChange");

            migrationBuilder.DropTable(
                name: "ConversionWorker");

            migrationBuilder.DropTable(
                name: "Conversions");
        }
    }
}
