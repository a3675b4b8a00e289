import { Injectable } from '@nestjs/common';
import { detectLanguage } from '../text/index.js';
import { extractQuantities } from './index.js';
import type { ExtractQuantitiesDto, ExtractQuantitiesResponse } from './quantities.dto.js';

/** Stateless extraction: the quantities of a text, nothing stored. */
@Injectable()
export class QuantitiesService {
  extract(input: ExtractQuantitiesDto): ExtractQuantitiesResponse {
    const language = input.language ?? detectLanguage(input.text);
    return { language, quantities: extractQuantities(input.text, { language }) };
  }
}
